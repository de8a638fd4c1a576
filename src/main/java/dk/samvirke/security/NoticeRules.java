package dk.samvirke.security;

import dk.samvirke.shared.FieldCheck;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a notice, in one place for the API and the form. Field names are the API's: {@code title},
 * {@code severity}, {@code affected}, {@code fixed}, {@code description}, {@code aliases}.
 */
public final class NoticeRules {

    static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,19}");
    static final Pattern GHSA = Pattern.compile("GHSA(-[23456789cfghjmpqrvwx]{4}){3}");
    static final int MAX_ALIASES = 20;

    private NoticeRules() {
    }

    public static NoticeDetails check(NoticeRequest request, FieldCheck check) {
        String title = check.text("title", request.title(), true, 300);
        Severity severity = check.code("severity", request.severity(), Severity.class, true);
        VersionRange range = null;
        String affected = check.text("affected", request.affected(), true, 500);
        if (affected != null) {
            try {
                range = VersionRange.parse(affected);
            } catch (VersionSyntaxException e) {
                check.problem("affected", e.getMessage());
            }
        }
        Version fixed = null;
        String fixedText = check.text("fixed", request.fixed(), false, 100);
        if (fixedText != null) {
            try {
                fixed = Version.parse(fixedText);
                if (range != null && range.contains(fixed)) {
                    check.problem("fixed", "version '" + fixedText + "' is itself in the affected range '" + range + "'");
                }
            } catch (VersionSyntaxException e) {
                check.problem("fixed", e.getMessage());
            }
        }
        String description = check.text("description", request.description(), true, 20_000);
        return new NoticeDetails(title, severity, range, fixed, description, aliases(request.aliases(), check));
    }

    private static List<String> aliases(List<String> given, FieldCheck check) {
        if (given == null) {
            return List.of();
        }
        var result = new LinkedHashSet<String>();
        for (int i = 0; i < given.size(); i++) {
            String alias = given.get(i) == null ? "" : given.get(i).strip();
            String field = "aliases[" + i + "]";
            if (alias.isEmpty()) {
                check.problem(field, "empty (leave it out)");
                continue;
            }
            String upper = alias.toUpperCase(Locale.ROOT);
            if (upper.startsWith("CVE-") && CVE.matcher(upper).matches()) {
                result.add(upper);
            } else if (upper.startsWith("GHSA-") && GHSA.matcher("GHSA" + alias.substring(4).toLowerCase(Locale.ROOT)).matches()) {
                result.add("GHSA" + alias.substring(4).toLowerCase(Locale.ROOT));
            } else {
                check.problem(field, "'" + alias + "' is not a CVE id (CVE-YYYY-NNNN) or a GitHub advisory id (GHSA-xxxx-xxxx-xxxx)");
            }
        }
        if (result.size() > MAX_ALIASES) {
            check.problem("aliases", "more than " + MAX_ALIASES + " ids");
        }
        return new ArrayList<>(result);
    }
}
