package dk.samvirke.search.web;

import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.search.InvalidSearchException;
import dk.samvirke.search.SearchGroup;
import dk.samvirke.search.SearchRequest;
import dk.samvirke.search.SearchResults;
import dk.samvirke.search.SiteSearch;
import dk.samvirke.shared.CodedEnum;
import dk.samvirke.web.Pagination;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page, {@code /soeg} in Danish and {@code /search} in English, where the header's search
 * box leads. A visitor's odd input (a long text, an unknown filter) is forgiven rather than refused.
 */
@Controller
class SearchPageController {

    static final int OVERVIEW_SIZE = 5;
    static final int PAGE_SIZE = 20;

    private final SiteSearch search;

    SearchPageController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping({"/soeg", "/search"})
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String type, @RequestParam(defaultValue = "1") int page, Model model) {
        String words = q.strip();
        words = words.length() > SearchRequest.MAX_LENGTH ? words.substring(0, SearchRequest.MAX_LENGTH) : words;
        String shownKind = search.kinds().contains(kind) ? kind : null;
        String shownType = CodedEnum.fromCode(OrganisationType.class, type).isPresent() ? type : null;
        model.addAttribute("search", words.isEmpty() ? before(words)
                : results(words, shownKind, shownType, Math.max(page, 1)));
        return "search/results";
    }

    private SearchPage before(String q) {
        return new SearchPage(q, null, null, 0, types(), List.of(), List.of(), null);
    }

    private SearchPage results(String q, String kind, String type, int page) {
        int size = kind == null ? OVERVIEW_SIZE : PAGE_SIZE;
        SearchResults results = run(q, kind, type, page - 1, size);
        if (kind != null) {
            long total = results.counts().get(kind);
            int lastPage = Pagination.clamp(page, (int) ((total + size - 1) / size));
            if (lastPage != page) {
                results = run(q, kind, type, lastPage - 1, size);
                page = lastPage;
            }
        }
        List<SearchPage.Tab> tabs = new ArrayList<>();
        tabs.add(new SearchPage.Tab(null, results.total(), href(q, null, type, 1), kind == null));
        results.counts().forEach((k, count) -> tabs.add(new SearchPage.Tab(k, count, href(q, k, type, 1), k.equals(kind))));
        List<SearchPage.Group> groups = results.groups().stream()
                .filter(g -> kind != null || g.total() > 0)
                .map(g -> group(g, q, kind, type))
                .toList();
        Pagination pagination = kind == null ? null
                : Pagination.of(page, size, Math.toIntExact(results.counts().get(kind)), n -> href(q, kind, type, n));
        return new SearchPage(q, kind, type, results.total(), types(), tabs, groups, pagination);
    }

    private SearchResults run(String q, String kind, String type, int page, int size) {
        try {
            return search.search(new SearchRequest(q, kind, type, page, size));
        } catch (InvalidSearchException e) {
            throw new IllegalStateException("The page checks its parameters before searching", e);
        }
    }

    private static SearchPage.Group group(SearchGroup g, String q, String kind, String type) {
        String more = kind == null && g.total() > g.items().size() ? href(q, g.kind(), type, 1) : null;
        return new SearchPage.Group(g.kind(), g.total(), g.items(), more);
    }

    private static List<String> types() {
        return Arrays.stream(OrganisationType.values()).map(OrganisationType::code).toList();
    }

    static String href(String q, String kind, String type, int page) {
        var uri = UriComponentsBuilder.fromPath("/soeg").queryParam("q", q);
        if (kind != null) {
            uri.queryParam("kind", kind);
        }
        if (type != null) {
            uri.queryParam("type", type);
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
