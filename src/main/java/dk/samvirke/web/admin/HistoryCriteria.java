package dk.samvirke.web.admin;

import dk.samvirke.history.HistoryFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the history log as the GET form sends them. Dates stay text here, so a mistyped
 * one is shown as an error next to its field instead of failing the whole page.
 *
 * @param page 1-based
 */
public record HistoryCriteria(String type, String key, String actor, String from, String to, Integer page) {

    public HistoryCriteria {
        type = blankToNull(type);
        key = blankToNull(key);
        actor = blankToNull(actor);
        from = blankToNull(from);
        to = blankToNull(to);
        page = page == null || page < 1 ? 1 : page;
    }

    HistoryFilter filter() {
        return new HistoryFilter(type, key, actor, date(from), date(to));
    }

    boolean validFrom() {
        return from == null || date(from) != null;
    }

    boolean validTo() {
        return to == null || date(to) != null;
    }

    String hrefOfPage(int number) {
        var uri = UriComponentsBuilder.fromPath("/admin/historik");
        add(uri, "type", type);
        add(uri, "key", key);
        add(uri, "actor", actor);
        add(uri, "from", from);
        add(uri, "to", to);
        if (number > 1) {
            uri.queryParam("page", number);
        }
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
