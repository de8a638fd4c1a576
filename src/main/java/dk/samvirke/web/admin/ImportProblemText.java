package dk.samvirke.web.admin;

import dk.samvirke.importing.ImportProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An import's problems in the page's language. The importer and the field rules word each problem in
 * English for the API and the command line; each kind of problem has a code here
 * ({@code import.problem.<code>} in the bundles) recognised from that wording, with the parts that vary
 * (a value, a file, a line) as the message's arguments. A problem no pattern knows is shown as the
 * importer wrote it, marked as English ({@link Shown#english()}), so nothing is hidden.
 */
@Component
class ImportProblemText {

    private record Kind(String code, Pattern pattern) {
    }

    private static final List<Kind> KINDS = List.of(
            kind("unknownColumn", "unknown column; the columns of (\\S+) are (.+)"),
            kind("columnTwice", "the column appears twice"),
            kind("requiredColumn", "required column missing"),
            kind("required", "required"),
            kind("requiredForMunicipality", "required for a municipality"),
            kind("tooLong", "longer than (\\d+) characters"),
            kind("notKey", "'(.*)' is not a key: .*"),
            kind("notOneOf", "'(.*)' is not one of (.+)"),
            kind("notEmail", "'(.*)' is not an e-mail address"),
            kind("notUrl", "'(.*)' is not an http\\(s\\) URL"),
            kind("notDigits", "'(.*)' is not (\\d+) digits"),
            kind("notDate", "'(.*)' is not a date YYYY-MM-DD"),
            kind("notCalendarDate", "'(.*)' is not a date in the calendar"),
            kind("outsideDates", "'(.*)' is outside (\\S+) to (\\S+)"),
            kind("notWholeNumber", "'(.*)' is not a whole number ≥ 0"),
            kind("notDecimal", "'(.*)' is not a decimal number.*"),
            kind("notDomain", "not a domain name: (.+) \\(separate domains by spaces\\)"),
            kind("notCountry", "'(.*)' is not an ISO 3166-1 alpha-2 country code.*"),
            kind("notLicence", "'(.*)' is not an SPDX licence expression.*"),
            kind("before", "(\\S+) is before (\\S+) (\\S+)"),
            kind("missingReference", "no (organisation|product|person) '(.+)' in (\\S+) or the database"),
            kind("duplicate", "duplicate (.+): line (\\d+) has the same"),
            kind("fieldCount", "the record has (\\d+) fields, the header (\\d+) \\(delimiter '(.)'\\)"),
            kind("emptyFile", "the file is empty; .*"),
            kind("unknownFile", "unknown file; a data package holds (.+)"),
            kind("unclosedQuote", "a quoted field is never closed.*"),
            kind("notUtf8", "not valid UTF-8.*"),
            kind("notZip", "not a readable zip file.*"),
            kind("unreadable", "could not be read: .*"),
            kind("databaseRefused", "the database refused the package.*"),
            kind("noFiles", "the package holds none of (.+)"));

    private static Kind kind(String code, String regex) {
        return new Kind(code, Pattern.compile(regex, Pattern.DOTALL));
    }

    private final MessageSource messages;

    ImportProblemText(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem's code, if its wording is known; {@code null} otherwise. */
    static String codeOf(String message) {
        return KINDS.stream().filter(k -> k.pattern().matcher(message).matches()).map(Kind::code).findFirst().orElse(null);
    }

    Shown text(ImportProblem problem, Locale locale) {
        String message = problem.message() == null ? "" : problem.message();
        for (Kind kind : KINDS) {
            Matcher m = kind.pattern().matcher(message);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                if (kind.code().equals("missingReference") || kind.code().equals("duplicate")) {
                    String what = String.valueOf(args[0]);
                    args[0] = messages.getMessage("import.what." + what.replaceAll("[^a-z]+", "-"), null, what, locale);
                }
                return new Shown(messages.getMessage("import.problem." + kind.code(), args, message, locale), false);
            }
        }
        return new Shown(message, !"en".equals(locale.getLanguage()));
    }

    /** The problems by file, in the importer's order, each with its line, column and words. */
    Map<String, List<Row>> byFile(List<ImportProblem> problems, Locale locale) {
        Map<String, List<Row>> files = new LinkedHashMap<>();
        for (ImportProblem p : problems) {
            String file = p.file() == null || p.file().isEmpty() ? "" : p.file();
            var shown = text(p, locale);
            files.computeIfAbsent(file, f -> new ArrayList<>()).add(new Row(p.line(), p.column(), shown.text(), shown.english()));
        }
        return files;
    }

    /** @param english the importer's own English words, as no translation was known */
    record Shown(String text, boolean english) {
    }

    public record Row(int line, String column, String text, boolean english) {
    }
}
