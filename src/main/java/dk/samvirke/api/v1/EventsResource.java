package dk.samvirke.api.v1;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.Products;
import dk.samvirke.events.Event;
import dk.samvirke.events.EventCalendars;
import dk.samvirke.events.EventCsv;
import dk.samvirke.events.EventExceptions.EventNotFoundException;
import dk.samvirke.events.EventFilter;
import dk.samvirke.events.EventKind;
import dk.samvirke.events.EventListing;
import dk.samvirke.events.EventManagement;
import dk.samvirke.events.EventQueries;
import dk.samvirke.events.EventRequest;
import dk.samvirke.events.EventRules;
import dk.samvirke.events.EventView;
import dk.samvirke.events.RegistrationView;
import dk.samvirke.events.SignUp;
import dk.samvirke.shared.FieldCheck;
import dk.samvirke.shared.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Events (interfaces.md §11): the public list and calendars, the organisers' writes, sign-up for oneself. */
@RestController
@Tag(name = "Events")
class EventsResource {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final EventQueries queries;
    private final EventManagement events;
    private final EventCalendars calendars;
    private final Products products;

    EventsResource(EventQueries queries, EventManagement events, EventCalendars calendars, Products products) {
        this.queries = queries;
        this.events = events;
        this.calendars = calendars;
        this.products = products;
    }

    /** An event in the list (§11). Times are local date-times in Europe/Copenhagen. */
    record EventSummaryRepresentation(String key, String title, String titleEn, String kind, LocalDateTime starts,
            LocalDateTime ends, String location, boolean online, String onlineUrl, Integer capacity, int registered,
            int waiting, String product, String body, boolean cancelled, LocalDateTime signupCloses, String url) {

        static EventSummaryRepresentation of(EventListing e) {
            return new EventSummaryRepresentation(e.key(), e.title(), e.titleEn(), e.kind().code(), e.starts(), e.ends(),
                    e.location(), e.online(), e.onlineUrl(), e.capacity(), e.registered(), e.waiting(), e.product(), e.body(),
                    e.cancelled(), e.signupCloses(), e.path());
        }
    }

    /** One event: the list's fields, the description as sanitised HTML, after the event its materials and minutes. */
    record EventRepresentation(String key, String title, String titleEn, String kind, LocalDateTime starts,
            LocalDateTime ends, String location, boolean online, String onlineUrl, Integer capacity, int registered,
            int waiting, String product, String body, boolean cancelled, LocalDateTime signupCloses, String url,
            String description, String materials, String minutes, Long forumTopic, long revision) {

        static EventRepresentation of(EventView v) {
            var e = v.event();
            return new EventRepresentation(e.key(), e.title(), e.titleEn(), e.kind().code(), e.starts(), e.ends(),
                    e.location(), e.online(), e.onlineUrl(), e.capacity(), e.registered(), e.waiting(), e.product(), e.body(),
                    e.cancelled(), e.signupCloses(), e.path(), v.descriptionHtml(), v.over() ? v.materialsHtml() : null,
                    v.over() ? v.minutesHtml() : null, v.forumTopicId(), e.version());
        }
    }

    /** The fields of an event as sent; times {@code YYYY-MM-DDTHH:MM} in Europe/Copenhagen. */
    record EventBody(String key, String title, String titleEn, String kind, String starts, String ends, String product,
            String body, String location, String onlineUrl, String capacity, String signupCloses, String description,
            List<String> organisers) {

        EventRequest request() {
            return new EventRequest(key, title, titleEn, kind, starts, ends, product, body, location, onlineUrl, capacity,
                    signupCloses, description, organisers);
        }
    }

    record SignUpBody(String person) {
    }

    record SignUpRepresentation(String status, Integer position) {

        static SignUpRepresentation of(SignUp s) {
            return new SignUpRepresentation(s.status().code(), s.position());
        }
    }

    record RegistrationRepresentation(String name, String email, String organisation, String status, Integer position,
            LocalDateTime registeredAt) {

        static RegistrationRepresentation of(RegistrationView r) {
            return new RegistrationRepresentation(r.name(), r.email(), r.organisation(), r.status().code(), r.position(),
                    r.registeredAt());
        }
    }

    record AfterwardsBody(String materials, String minutes) {
    }

    @GetMapping("/api/v1/events")
    @Operation(summary = "List events, soonest first: from and to (local date-times or dates, Europe/Copenhagen), "
            + "product and kind filter; paged")
    PageResponse<EventSummaryRepresentation> list(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String product,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var params = new PageRequestParams(page, size);
        var check = new FieldCheck();
        LocalDateTime fromTime = bound(check, "from", from);
        LocalDateTime toTime = bound(check, "to", to);
        String productKey = check.key("product", product, false);
        EventKind eventKind = check.code("kind", kind, EventKind.class, false);
        if (!check.isValid()) {
            var first = check.problems().entrySet().iterator().next();
            throw new InvalidParameterException(first.getKey(), first.getValue());
        }
        var filter = new EventFilter(fromTime, toTime, productKey, eventKind, false);
        return PageResponse.of(queries.list(filter, params.pageable()), EventSummaryRepresentation::of);
    }

    @GetMapping("/api/v1/events/{key}")
    @Operation(summary = "One event with its description (HTML, sanitised) and, after the event, its materials and minutes")
    ResponseEntity<EventRepresentation> one(@PathVariable String key) {
        var view = queries.view(key).orElseThrow(() -> new EventNotFoundException("No event with key '" + key + "'"));
        return ResponseEntity.ok().eTag(ETags.of(view.event().version())).body(EventRepresentation.of(view));
    }

    @PostMapping("/api/v1/events")
    @Operation(summary = "Create an event (administrators; product managers for their product's events; a body's "
            + "organisers for its meetings)")
    ResponseEntity<EventRepresentation> create(@RequestBody EventBody body) {
        Event event = events.create(user(), body.request());
        return written(event, HttpStatus.CREATED);
    }

    @PutMapping("/api/v1/events/{key}")
    @Operation(summary = "Change an event (as creating it). Send If-Match with the ETag you read to be told (412) when "
            + "someone else changed it meanwhile; calendars see the change by its SEQUENCE")
    ResponseEntity<EventRepresentation> update(@PathVariable String key, @RequestBody EventBody body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Event event = events.update(user(), key, body.request(), ETags.version(ifMatch));
        return written(event, HttpStatus.OK);
    }

    @PostMapping("/api/v1/events/{key}/cancel")
    @Operation(summary = "Cancel an event (as changing it): everyone registered or waiting is told by e-mail; "
            + "calendars show it as cancelled")
    ResponseEntity<EventRepresentation> cancel(@PathVariable String key,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Event event = events.cancel(user(), key, ETags.version(ifMatch));
        return written(event, HttpStatus.OK);
    }

    @PutMapping("/api/v1/events/{key}/afterwards")
    @Operation(summary = "Write the materials and minutes of an event (Markdown; its organisers), shown after the event")
    ResponseEntity<EventRepresentation> afterwards(@PathVariable String key, @RequestBody AfterwardsBody body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Event event = events.afterwards(user(), key, body.materials(), body.minutes(), ETags.version(ifMatch));
        return written(event, HttpStatus.OK);
    }

    record ForumTopicRepresentation(long id, String url) {
    }

    @PostMapping("/api/v1/events/{key}/forum-topic")
    @Operation(summary = "Start the event's thread in the forum (its organisers), or get the one it has")
    ResponseEntity<ForumTopicRepresentation> forumTopic(@PathVariable String key) {
        boolean had = queries.view(key).map(v -> v.forumTopicId() != null).orElse(false);
        long id = events.startForumTopic(user(), key);
        return ResponseEntity.status(had ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new ForumTopicRepresentation(id, "/forum/topics/" + id));
    }

    @PostMapping("/api/v1/events/{key}/registrations")
    @Operation(summary = "Sign up for an event (yourself; administrators may name a person): 201 registered or on the "
            + "waiting list with its position; the same person again 200 with the registration they have; 409 after "
            + "sign-up closed or when cancelled")
    ResponseEntity<SignUpRepresentation> signUp(@PathVariable String key,
            @RequestBody(required = false) SignUpBody body) {
        SignUp signUp = events.signUp(user(), key, body == null ? null : body.person());
        return ResponseEntity.status(signUp.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(SignUpRepresentation.of(signUp));
    }

    @DeleteMapping("/api/v1/events/{key}/registrations/me")
    @Operation(summary = "Cancel your own registration; the first on the waiting list gets the seat and is told by e-mail")
    ResponseEntity<Void> withdraw(@PathVariable String key) {
        events.withdraw(user(), key, null);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/events/{key}/registrations/{email}")
    @Operation(summary = "Cancel someone's registration (administrators); the first on the waiting list gets the seat")
    ResponseEntity<Void> withdrawFor(@PathVariable String key, @PathVariable String email) {
        events.withdraw(user(), key, email);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/api/v1/events/{key}/registrations", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(summary = "Everyone signed up (administrators and the event's organisers): name, organisation, status, "
            + "place on the waiting list; Accept: text/csv for a spreadsheet")
    ResponseEntity<?> registrations(@PathVariable String key,
            @RequestHeader(value = "Accept", required = false) String accept) {
        var list = events.registrationsOf(user(), key);
        if (accept != null && accept.contains("text/csv") && !accept.contains("json")) {
            return ResponseEntity.ok().contentType(CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + key + "-tilmeldinger.csv\"")
                    .body(EventCsv.registrations(list));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(list.stream().map(RegistrationRepresentation::of).toList());
    }

    @PutMapping("/api/v1/events/{key}/attendance")
    @Operation(summary = "Mark attendance (the event's organisers): {\"email\": true (attended) | false (absent)}")
    ResponseEntity<Void> attendance(@PathVariable String key, @RequestBody Map<String, Boolean> attended) {
        events.markAttendance(user(), key, attended);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/events.ics")
    @Operation(summary = "Every event from 90 days ago on as iCalendar (RFC 5545)")
    ResponseEntity<String> calendar() {
        return calendar(calendars.all());
    }

    @GetMapping("/api/v1/events/{key}.ics")
    @Operation(summary = "One event as iCalendar (RFC 5545), for \"add to calendar\"")
    ResponseEntity<String> calendarOf(@PathVariable String key) {
        return calendar(calendars.one(key).orElseThrow(() -> new EventNotFoundException("No event with key '" + key + "'")));
    }

    @GetMapping("/api/v1/products/{key}/events.ics")
    @Operation(summary = "A product's events from 90 days ago on as iCalendar (RFC 5545)")
    ResponseEntity<String> productCalendar(@PathVariable String key) {
        var product = products.findByKey(key)
                .orElseThrow(() -> new EventNotFoundException("No product with key '" + key + "'"));
        return calendar(calendars.ofProduct(product.getKey(), product.getName()));
    }

    static ResponseEntity<String> calendar(String ics) {
        return ResponseEntity.ok().contentType(CALENDAR).body(ics);
    }

    private ResponseEntity<EventRepresentation> written(Event event, HttpStatus status) {
        var view = queries.view(event.getKey()).orElseThrow();
        var answer = ResponseEntity.status(status).eTag(ETags.of(view.event().version()));
        if (status == HttpStatus.CREATED) {
            answer = answer.location(URI.create("/api/v1/events/" + event.getKey()));
        }
        return answer.body(EventRepresentation.of(view));
    }

    private static LocalDateTime bound(FieldCheck check, String field, String value) {
        if (value != null && value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            var date = check.date(field, value);
            return date == null ? null : date.atStartOfDay();
        }
        return EventRules.dateTime(check, field, value, false);
    }

    private static SignedInUser user() {
        return SignedInUser.current()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first"));
    }
}
