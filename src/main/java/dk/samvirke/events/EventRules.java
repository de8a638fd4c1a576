package dk.samvirke.events;

import dk.samvirke.shared.FieldCheck;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of an event, in one place: the API, the pages and {@code events.csv} check through here
 * (interfaces.md §11). Field names are the API's; the importer names its columns.
 */
public final class EventRules {

    /** {@code YYYY-MM-DDTHH:MM}, seconds allowed. */
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    static final int MAX_MARKDOWN = 20_000;
    static final int MAX_ORGANISERS = 20;

    private EventRules() {
    }

    public static EventDetails check(EventRequest request, FieldCheck check) {
        String title = check.text("title", request.title(), true, 300);
        String titleEn = check.text("titleEn", request.titleEn(), false, 300);
        EventKind kind = check.code("kind", request.kind(), EventKind.class, true);
        LocalDateTime starts = dateTime(check, "starts", request.starts(), true);
        LocalDateTime ends = dateTime(check, "ends", request.ends(), true);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            check.problem("ends", ends + " is before starts " + starts);
        }
        String product = check.key("product", request.product(), false);
        String body = check.key("body", request.body(), false);
        String location = check.text("location", request.location(), false, 500);
        String online = check.webUrl("onlineUrl", request.onlineUrl());
        Integer capacity = check.nonNegativeInteger("capacity", request.capacity());
        LocalDateTime closes = dateTime(check, "signupCloses", request.signupCloses(), false);
        if (closes != null && ends != null && closes.isAfter(ends)) {
            check.problem("signupCloses", closes + " is after ends " + ends);
        }
        String description = check.text("description", request.description(), false, MAX_MARKDOWN);
        List<String> organisers = new ArrayList<>();
        if (request.organisers() != null) {
            if (request.organisers().size() > MAX_ORGANISERS) {
                check.problem("organisers", "more than " + MAX_ORGANISERS + " organisers");
            } else {
                for (String organiser : new LinkedHashSet<>(request.organisers())) {
                    String email = check.email("organisers", organiser, false);
                    if (email != null && !organisers.contains(email)) {
                        organisers.add(email);
                    }
                }
            }
        }
        return new EventDetails(title, titleEn, kind, starts, ends, product, body, location, online, capacity, closes,
                description, organisers);
    }

    /** The key of a new event: lower-case letters, digits and '-'. */
    public static String key(String value, FieldCheck check) {
        return check.key("key", value, true);
    }

    /** Materials or minutes after the event, in Markdown. */
    public static String markdown(String field, String value, FieldCheck check) {
        return check.text(field, value, false, MAX_MARKDOWN);
    }

    /** A local date-time {@code YYYY-MM-DDTHH:MM} (Europe/Copenhagen), in the years the registry allows. */
    public static LocalDateTime dateTime(FieldCheck check, String field, String value, boolean required) {
        String v = check.text(field, value, required, 30);
        if (v == null) {
            return null;
        }
        if (!LOCAL_DATE_TIME.matcher(v).matches()) {
            check.problem(field, "'" + v + "' is not a local date-time YYYY-MM-DDTHH:MM");
            return null;
        }
        try {
            LocalDateTime time = LocalDateTime.parse(v.replace(' ', 'T'));
            if (check.date(field, time.toLocalDate()) == null) {
                return null;
            }
            return time;
        } catch (DateTimeParseException e) {
            check.problem(field, "'" + v + "' is not a date-time in the calendar");
            return null;
        }
    }
}
