package dk.samvirke.web.events;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.events.CalendarFeeds;
import dk.samvirke.events.EventAttachments;
import dk.samvirke.events.EventCalendars;
import dk.samvirke.events.EventCsv;
import dk.samvirke.events.EventExceptions.EventConflictException;
import dk.samvirke.events.EventExceptions.EventNotFoundException;
import dk.samvirke.events.EventFilter;
import dk.samvirke.events.EventKind;
import dk.samvirke.events.EventListing;
import dk.samvirke.events.EventManagement;
import dk.samvirke.events.EventPolicy;
import dk.samvirke.events.EventQueries;
import dk.samvirke.events.RegistrationStatus;
import dk.samvirke.shared.CodedEnum;
import dk.samvirke.shared.InvalidFieldsException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The events' pages; anonymous readers see every event, signed-in people sign up, organisers see the list. */
@Controller
class EventPages {

    static final int MOST_SHOWN = 200;
    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final EventQueries queries;
    private final EventManagement management;
    private final EventPolicy policy;
    private final EventCalendars calendars;
    private final CalendarFeeds feeds;
    private final EventAttachments attachments;

    EventPages(EventQueries queries, EventManagement management, EventPolicy policy, EventCalendars calendars,
            CalendarFeeds feeds, EventAttachments attachments) {
        this.queries = queries;
        this.management = management;
        this.policy = policy;
        this.calendars = calendars;
        this.feeds = feeds;
        this.attachments = attachments;
    }

    /** The events of one month, for the list page. */
    record Month(String label, String id, List<EventListing> events) {
    }

    @GetMapping("/arrangementer")
    String list(@RequestParam(name = "type", required = false) String kind,
            @RequestParam(name = "produkt", required = false) String product, Locale locale, Model model) {
        EventKind k = kind == null || kind.isBlank() ? null : CodedEnum.fromCode(EventKind.class, kind).orElse(null);
        String p = product == null || product.isBlank() || !product.matches("[a-z0-9][a-z0-9-]*") ? null : product;
        LocalDateTime now = queries.now();
        // an event under way is still upcoming: it ends after now
        var upcoming = queries.list(new EventFilter(now.minusDays(30), null, p, k, false), PageRequest.of(0, MOST_SHOWN))
                .getContent().stream().filter(e -> e.ends().isAfter(now)).toList();
        var past = queries.list(new EventFilter(null, now, p, k, true), PageRequest.of(0, MOST_SHOWN))
                .getContent().stream().filter(e -> !e.ends().isAfter(now)).toList();
        model.addAttribute("upcoming", byMonth(upcoming, locale, "kommende"));
        model.addAttribute("past", byMonth(past, locale, "tidligere"));
        model.addAttribute("upcomingCount", upcoming.size());
        model.addAttribute("pastCount", past.size());
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("kind", k == null ? "" : k.code());
        model.addAttribute("products", queries.productsWithEvents());
        model.addAttribute("product", p == null ? "" : p);
        model.addAttribute("mayCreate", EventForms.mayCreateSome(SignedInUser.current().orElse(null)));
        return "events/list";
    }

    @GetMapping("/arrangementer/{key}")
    String event(@PathVariable String key, @RequestParam(required = false) String notice, Locale locale, Model model) {
        var view = queries.view(key).orElseThrow(() -> new EventNotFoundException("No event with key '" + key + "'"));
        var user = SignedInUser.current().orElse(null);
        var entity = management.event(key);
        boolean organiser = policy.mayOrganise(user, entity);
        LocalDateTime now = queries.now();
        model.addAttribute("e", view.event());
        model.addAttribute("view", view);
        model.addAttribute("signedIn", user != null);
        model.addAttribute("standing", user == null ? null : management.standingOf(key, user.email()).orElse(null));
        model.addAttribute("signupOpen", !view.event().cancelled() && now.isBefore(view.event().signupDeadline()));
        model.addAttribute("started", !now.isBefore(view.event().starts()));
        model.addAttribute("organiser", organiser);
        model.addAttribute("manager", policy.mayManage(user, entity));
        model.addAttribute("registrations", organiser ? management.registrationsOf(user, key) : List.of());
        model.addAttribute("notice", notice != null && notice.matches("[a-z-]{1,30}") ? notice : null);
        model.addAttribute("calendarLink", "/api/v1/events/" + key + ".ics");
        model.addAttribute("attachments", attachments.of(key));
        return "events/event";
    }

    @PostMapping("/arrangementer/{key}/tilmeld")
    String signUp(@PathVariable String key) {
        var user = SignedInUser.current().orElse(null);
        if (user == null) {
            return "redirect:/login";
        }
        try {
            var signUp = management.signUp(user, key, null);
            return back(key, signUp.status() == RegistrationStatus.WAITING ? "waiting" : "registered");
        } catch (EventConflictException e) {
            return back(key, e.reason());
        }
    }

    @PostMapping("/arrangementer/{key}/afmeld")
    String withdraw(@PathVariable String key) {
        var user = SignedInUser.current().orElse(null);
        if (user == null) {
            return "redirect:/login";
        }
        try {
            management.withdraw(user, key, null);
            return back(key, "withdrawn");
        } catch (EventConflictException e) {
            return back(key, e.reason());
        }
    }

    @PostMapping("/arrangementer/{key}/fremmoede")
    String attendance(@PathVariable String key, @RequestParam Map<String, String> form) {
        var user = SignedInUser.current().orElse(null);
        if (user == null) {
            return "redirect:/login";
        }
        Map<String, Boolean> attended = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("a:")) {
                attended.put(name.substring(2), "attended".equals(value) ? Boolean.TRUE
                        : "absent".equals(value) ? Boolean.FALSE : null);
            }
        });
        attended.values().removeIf(java.util.Objects::isNull);
        try {
            management.markAttendance(user, key, attended);
            return back(key, "attendance");
        } catch (InvalidFieldsException e) {
            return back(key, "attendance-invalid");
        }
    }

    @PostMapping("/arrangementer/{key}/efterfoelgende")
    String afterwards(@PathVariable String key, @RequestParam(defaultValue = "") String materials,
            @RequestParam(defaultValue = "") String minutes, @RequestParam(required = false) Long version) {
        var user = SignedInUser.current().orElse(null);
        if (user == null) {
            return "redirect:/login";
        }
        try {
            management.afterwards(user, key, materials, minutes, version);
            return back(key, "afterwards");
        } catch (InvalidFieldsException e) {
            return back(key, "afterwards-invalid");
        } catch (dk.samvirke.shared.VersionConflictException e) {
            return back(key, "changed");
        }
    }

    @PostMapping("/arrangementer/{key}/bilag")
    String attach(@PathVariable String key, @RequestParam(name = "file", required = false) MultipartFile file)
            throws java.io.IOException {
        var user = SignedInUser.current().orElse(null);
        if (user == null) {
            return "redirect:/login";
        }
        try {
            attachments.add(user, key, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            return back(key, "attachment");
        } catch (InvalidFieldsException e) {
            return back(key, "attachment-invalid");
        }
    }

    @PostMapping("/arrangementer/{key}/bilag/{id}/slet")
    String detach(@PathVariable String key, @PathVariable long id) {
        var user = SignedInUser.current().orElse(null);
        if (user == null) {
            return "redirect:/login";
        }
        attachments.remove(user, key, id);
        return back(key, "attachment-removed");
    }

    @PostMapping("/arrangementer/{key}/forum")
    String forumTopic(@PathVariable String key) {
        var user = SignedInUser.current().orElse(null);
        if (user == null) {
            return "redirect:/login";
        }
        return "redirect:/forum/topics/" + management.startForumTopic(user, key);
    }

    @GetMapping("/arrangementer/{key}/tilmeldinger.csv")
    ResponseEntity<String> csv(@PathVariable String key) {
        var user = SignedInUser.current().orElse(null);
        var list = management.registrationsOf(user, key);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"" + key + "-tilmeldinger.csv\"")
                .body(EventCsv.registrations(list));
    }

    @GetMapping("/kalender/{token}.ics")
    ResponseEntity<String> ownCalendar(@PathVariable String token) {
        var email = feeds.emailOf(token).orElseThrow(() -> new EventNotFoundException("No such calendar"));
        return ResponseEntity.ok().contentType(CALENDAR).header("Cache-Control", "private, no-store")
                .header("X-Robots-Tag", "noindex").body(calendars.ofPerson(email));
    }

    @PostMapping("/konto/kalender")
    String newCalendarAddress() {
        var user = SignedInUser.current().orElse(null);
        if (user == null) {
            return "redirect:/login";
        }
        feeds.regenerate(user.email());
        return "redirect:/konto#events-heading";
    }

    private static String back(String key, String notice) {
        return "redirect:/arrangementer/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8) + "?notice=" + notice;
    }

    static List<Month> byMonth(List<EventListing> events, Locale locale, String prefix) {
        var formatter = DateTimeFormatter.ofPattern("MMMM yyyy", "en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("da"));
        Map<YearMonth, List<EventListing>> months = new LinkedHashMap<>();
        for (var e : events) {
            months.computeIfAbsent(YearMonth.from(e.starts()), m -> new ArrayList<>()).add(e);
        }
        return months.entrySet().stream().map(m -> {
            String label = formatter.format(m.getKey());
            return new Month(Character.toUpperCase(label.charAt(0)) + label.substring(1), prefix + "-" + m.getKey(),
                    m.getValue());
        }).toList();
    }
}
