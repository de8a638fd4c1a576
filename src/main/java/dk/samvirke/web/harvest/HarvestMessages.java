package dk.samvirke.web.harvest;

import dk.samvirke.web.Dates;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The harvester's words (its progress, its summaries, why it refused an address) in the page's language.
 * The harvest module writes them in English for the log and the API; each kind is recognised here and
 * worded from the bundles ({@code harvest.text.<code>}); what no pattern knows stays as written.
 */
@Component
public class HarvestMessages {

    private record Kind(String code, Pattern pattern) {
    }

    private static final List<Kind> KINDS = List.of(
            kind("fetching", "Fetching"),
            kind("counting", "Counting authors"),
            kind("saving", "Saving"),
            kind("commitsRead", "(\\d+) commits read"),
            kind("noBranches", "The repository has no branches yet"),
            kind("unchanged", "Unchanged since the last harvest: (\\S+) at (\\S+); (\\d+) releases"),
            kind("harvestedIncremental", "Harvested (\\S+) at (\\S+): (\\d+) commits by (\\d+) authors \\((\\d+) new commits counted\\); (\\d+) releases(; publiccode.yml found)?"),
            kind("harvestedFull", "Harvested (\\S+) at (\\S+): (\\d+) commits by (\\d+) authors \\(counted in full\\); (\\d+) releases(; publiccode.yml found)?"),
            kind("notPublicAddress", "The address (\\S+) is not a public internet address"),
            kind("resolvesToPrivate", "The host '(.+)' resolves to (\\S+), which is not a public internet address"),
            kind("doesNotResolve", "The host '(.+)' does not resolve"),
            kind("emptyHost", "The URL has an empty host"),
            kind("zoneId", "IPv6 zone identifiers are not allowed in a repository URL"),
            kind("badHostName", "The host '(.+)' is not a valid host name"));

    private static Kind kind(String code, String regex) {
        return new Kind(code, Pattern.compile(regex));
    }

    private final MessageSource messages;

    HarvestMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether the words are of a kind this knows (and so can be shown in any language). */
    public boolean knows(String message) {
        return message == null || KINDS.stream().anyMatch(k -> k.pattern().matcher(message.strip()).matches());
    }

    public String text(String message, Locale locale) {
        if (message == null || message.isBlank()) {
            return message;
        }
        for (Kind kind : KINDS) {
            Matcher m = kind.pattern().matcher(message.strip());
            if (m.matches()) {
                Object[] args = new Object[Math.max(m.groupCount(), 1)];
                for (int i = 0; i < m.groupCount(); i++) {
                    String group = m.group(i + 1);
                    args[i] = group == null ? "" : group.matches("\\d+") ? Long.parseLong(group)
                            : Dates.of(locale).fromIso(group.replaceAll("Z$", "")).orElse(group);
                }
                if (kind.code().startsWith("harvested")) {
                    int last = m.groupCount() - 1;
                    args[last] = m.group(m.groupCount()) == null ? "" : messages.getMessage("harvest.text.publiccodeFound", null, locale);
                }
                return messages.getMessage("harvest.text." + kind.code(), args, message, locale);
            }
        }
        return message;
    }
}
