package dk.samvirke.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dates as each language writes them: Danish "1. december 2026", English "1 December 2026"; with the
 * time "1. december 2026 14:05" (UTC, as the registry stores it). Templates reach it as {@code #when}
 * ({@code #when.date(d)}, {@code #when.dateTime(t)}, {@code #when.numeric(d)}); Java code calls the static
 * methods with the page's locale.
 */
public final class Dates {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?");

    private final Locale locale;

    Dates(Locale locale) {
        this.locale = locale;
    }

    /** For the locale of the request being answered. */
    public static Dates current() {
        return new Dates(LocaleContextHolder.getLocale());
    }

    public static Dates of(Locale locale) {
        return new Dates(locale);
    }

    private boolean danish() {
        return !"en".equals(locale.getLanguage());
    }

    private DateTimeFormatter longDate() {
        return danish() ? DateTimeFormatter.ofPattern("d. MMMM yyyy", Languages.DANISH)
                : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    }

    /** "1. december 2026" / "1 December 2026"; "" for null. */
    public String date(TemporalAccessor date) {
        return date == null ? "" : longDate().format(date);
    }

    /** "1. dec. 2026" / "1 Dec 2026": where space is short (lists, cards). */
    public String shortDate(TemporalAccessor date) {
        return date == null ? "" : (danish() ? DateTimeFormatter.ofPattern("d. MMM yyyy", Languages.DANISH)
                : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)).format(date);
    }

    /** "01-12-2026" / "01/12/2026": for tables, where a column of dates is read down. */
    public String numeric(TemporalAccessor date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(danish() ? "dd-MM-yyyy" : "dd/MM/yyyy").format(date);
    }

    /** "1. december 2026 14:05" / "1 December 2026 14:05", to the minute, never to the nanosecond. */
    public String dateTime(Object value) {
        LocalDateTime time = null;
        if (value instanceof LocalDateTime t) {
            time = t;
        } else if (value instanceof Instant i) {
            time = LocalDateTime.ofInstant(i, ZoneOffset.UTC);
        } else if (value instanceof OffsetDateTime o) {
            time = o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } else if (value instanceof java.time.ZonedDateTime z) {
            time = z.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return time == null ? "" : date(time) + " " + DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    /** "december 2026" / "December 2026". */
    public String month(TemporalAccessor date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", danish() ? Languages.DANISH : Locale.UK).format(date);
    }

    /** A stored ISO date or date-time ("2026-12-01", "2026-12-01T14:05:09.123456789") written for people; empty otherwise. */
    public Optional<String> fromIso(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (ISO_DATE.matcher(value).matches()) {
                return Optional.of(date(LocalDate.parse(value)));
            }
            if (ISO_DATE_TIME.matcher(value).matches()) {
                String normal = value.replace(' ', 'T');
                if (normal.endsWith("Z") || normal.matches(".*[+-]\\d{2}:\\d{2}$")) {
                    return Optional.of(dateTime(OffsetDateTime.parse(normal)));
                }
                return Optional.of(dateTime(LocalDateTime.parse(normal)));
            }
        } catch (java.time.DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
