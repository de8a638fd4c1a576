package dk.samvirke.federation;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dk.samvirke.shared.SamvirkeProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/** Every module's feeds as Atom 1.0 at {@code /feeds/{path}.atom}: the 50 newest entries. */
@RestController
class FeedController {

    static final int ENTRIES = 50;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final List<FeedSource> sources;
    private final SamvirkeProperties properties;
    private final FederationProperties federation;

    FeedController(List<FeedSource> sources, SamvirkeProperties properties, FederationProperties federation) {
        this.sources = sources;
        this.properties = properties;
        this.federation = federation;
    }

    @GetMapping("/feeds/**")
    ResponseEntity<String> feed(HttpServletRequest request, WebRequest web, Locale locale) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (!uri.endsWith(".atom")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String path = uri.substring("/feeds/".length(), uri.length() - ".atom".length());
        Feed feed = sources.stream().map(s -> s.feed(path, locale, ENTRIES)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No feed " + uri));
        List<FeedEntry> entries = feed.entries().stream()
                .sorted(Comparator.comparing(FeedEntry::updated).reversed()).limit(ENTRIES).toList();
        LocalDateTime updated = entries.isEmpty() ? LocalDateTime.of(2000, 1, 1, 0, 0) : entries.get(0).updated();
        long lastModified = updated.toInstant(ZoneOffset.UTC).toEpochMilli();
        String etag = "\"" + Integer.toHexString(Objects.hash(locale.getLanguage(), entries)) + "\"";
        if (web.checkNotModified(etag, lastModified)) {
            return null;
        }
        return ResponseEntity.ok().contentType(ATOM).body(atom(uri, feed, entries, updated, locale));
    }

    private String atom(String uri, Feed feed, List<FeedEntry> entries, LocalDateTime updated, Locale locale) {
        String base = properties.baseUrl().replaceAll("/+$", "");
        // entries are identified by their (Danish) address; the English feed links the English pages
        String lang = locale.getLanguage().equals("en") ? "?lang=en" : "";
        var atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setId(base + uri + lang);
        atom.setTitleEx(text(feed.title()));
        atom.setLanguage(locale.getLanguage());
        atom.setUpdated(date(updated));
        atom.setAlternateLinks(List.of(link("alternate", "text/html", base + feed.pagePath() + lang)));
        atom.setOtherLinks(List.of(link("self", ATOM.getType() + "/" + ATOM.getSubtype(), base + uri + lang)));
        atom.setAuthors(List.of(person(federation.publisherName())));
        List<Entry> out = new ArrayList<>();
        for (FeedEntry e : entries) {
            var entry = new Entry();
            entry.setId(base + e.path());
            entry.setTitleEx(text(e.title()));
            entry.setAlternateLinks(List.of(link("alternate", "text/html", withLanguage(base + e.path(), lang))));
            entry.setPublished(date(e.published()));
            entry.setUpdated(date(e.updated()));
            entry.setAuthors(List.of(person(e.author() != null && !e.author().isBlank() ? e.author()
                    : federation.publisherName())));
            if (e.summary() != null) {
                entry.setSummary(text(e.summary()));
            }
            if (e.html() != null) {
                var content = new Content();
                content.setType(Content.HTML);
                content.setValue(e.html());
                entry.setContents(List.of(content));
            }
            out.add(entry);
        }
        atom.setEntries(out);
        try {
            return new WireFeedOutput().outputString(atom);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed " + uri + " could not be written", e);
        }
    }

    private static String withLanguage(String url, String lang) {
        if (lang.isEmpty()) {
            return url;
        }
        int fragment = url.indexOf('#');
        return fragment < 0 ? url + lang : url.substring(0, fragment) + lang + url.substring(fragment);
    }

    private static Content text(String value) {
        var content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String type, String href) {
        var link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Person person(String name) {
        var person = new Person();
        person.setName(name);
        return person;
    }

    private static Date date(LocalDateTime utc) {
        return Date.from(utc.toInstant(ZoneOffset.UTC));
    }
}
