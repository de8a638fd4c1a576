package dk.samvirke.web.history;

import dk.samvirke.history.History;
import dk.samvirke.web.Dates;
import dk.samvirke.web.history.HistoryView.FieldChange;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A history entry's fields as people read them: each field's label from the message bundles
 * ({@code history.field.<field>}), dates in words, yes/no, secrets as "hidden" whatever was stored, and
 * internal bookkeeping (sort keys, activity stamps) left out. Kept apart from the history module, which
 * records values as they are, so the pages can word them per language.
 */
@Component
class HistoryFormat {

    /** Fields that are the software's bookkeeping, not a change anyone made. */
    static final Set<String> HIDDEN = Set.of("version", "createdAt", "updatedAt", "created", "lastSignInAt",
            "lastActivityAt", "sortKey", "listOrder");
    /** Fields whose values are never shown, even to administrators. */
    private static final Pattern SECRET = Pattern.compile("(?i).*(secret|hash|token|password).*");
    /** An embedded record's {@code toString()} as older entries hold it: {@code Author[accountId=3, name=…, email=…]}. */
    private static final Pattern RECORD = Pattern.compile("[A-Z][A-Za-z]*\\[(.*)]");
    private static final Pattern NAME = Pattern.compile("(?:^|, )name=([^,\\]]*)");
    private static final Pattern EMAIL = Pattern.compile("(?:^|, )email=([^,\\]]*)");

    private final MessageSource messages;

    HistoryFormat(MessageSource messages) {
        this.messages = messages;
    }

    boolean shown(String field) {
        return !HIDDEN.contains(field);
    }

    FieldChange change(String field, String before, String after, Locale locale) {
        return new FieldChange(field, before, after, label(field, locale), value(field, before, locale),
                value(field, after, locale));
    }

    String label(String field, Locale locale) {
        String label = messages.getMessage("history.field." + field, null, null, locale);
        return label != null ? label : humanised(field);
    }

    /** {@code municipalityCode} → "Municipality code": better than the raw name when a bundle lacks the field. */
    static String humanised(String field) {
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    String value(String field, String value, Locale locale) {
        if (value == null) {
            return "–";
        }
        if (History.WITHHELD.equals(value)) {
            return message("history.withheld", locale);
        }
        if (History.ERASED.equals(value)) {
            return message("history.erased", locale);
        }
        if (SECRET.matcher(field).matches() || value.equals("(secret)") || value.equals("(new secret)")) {
            return message(value.equals("(new secret)") ? "history.value.newSecret" : "history.value.secret", locale);
        }
        if (value.equals("true") || value.equals("false")) {
            return message("history.value." + value, locale);
        }
        var date = Dates.of(locale).fromIso(value);
        if (date.isPresent()) {
            return date.get();
        }
        var record = RECORD.matcher(value);
        if (record.matches()) {
            var name = NAME.matcher(record.group(1));
            var email = EMAIL.matcher(record.group(1));
            String shownName = name.find() && !"null".equals(name.group(1)) ? name.group(1) : null;
            String shownEmail = email.find() && !"null".equals(email.group(1)) ? email.group(1) : null;
            if (shownName == null && shownEmail == null) {
                return message("history.actor.deleted", locale);
            }
            return shownEmail == null ? shownName : (shownName == null ? shownEmail : shownName + " <" + shownEmail + ">");
        }
        return value;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
