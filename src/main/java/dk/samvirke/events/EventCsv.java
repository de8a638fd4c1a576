package dk.samvirke.events;

import java.util.List;

/**
 * The organisers' list of sign-ups as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read it
 * as such); cells that a spreadsheet would run as a formula get a leading apostrophe (§2.1).
 */
public final class EventCsv {

    private EventCsv() {
    }

    public static String registrations(List<RegistrationView> list) {
        var out = new StringBuilder("\uFEFF");
        line(out, List.of("name", "email", "organisation", "organisation_name", "status", "position", "registered_at"));
        for (RegistrationView r : list) {
            line(out, java.util.Arrays.asList(r.name(), r.email(), r.organisation(), r.organisationName(), r.status().code(),
                    r.position() == null ? null : r.position().toString(),
                    r.registeredAt() == null ? null : r.registeredAt().withNano(0).toString()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains(";")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
