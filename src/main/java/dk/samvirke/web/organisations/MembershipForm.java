package dk.samvirke.web.organisations;

import dk.samvirke.organisations.OrganisationRules;
import dk.samvirke.organisations.OrganisationView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The membership periods form as posted: one row per period (empty rows are left out), and the
 * organisation's version when the form was shown.
 */
public record MembershipForm(List<Row> memberships, Long revision) {

    /** Rows the form offers beyond the periods there are, for new ones. */
    static final int BLANK_ROWS = 2;

    public record Row(String since, String until) {

        boolean isEmpty() {
            return (since == null || since.isBlank()) && (until == null || until.isBlank());
        }
    }

    public MembershipForm {
        memberships = memberships == null ? List.of() : memberships.stream().map(r -> r == null ? new Row(null, null) : r)
                .toList();
    }

    static MembershipForm of(OrganisationView organisation) {
        List<Row> rows = new ArrayList<>(organisation.memberships().stream()
                .map(p -> new Row(p.from().toString(), p.to() == null ? null : p.to().toString())).toList());
        return new MembershipForm(rows, organisation.version()).withBlankRows();
    }

    /** The rows as shown again: the user's rows and room for new ones. */
    MembershipForm withBlankRows() {
        List<Row> rows = new ArrayList<>(memberships.stream().filter(r -> !r.isEmpty()).toList());
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row(null, null));
        }
        return new MembershipForm(rows, revision);
    }

    /** The filled rows as the organisation register takes them; row {@code i} here is row {@code i} of {@link #filled()}. */
    List<OrganisationRules.PeriodInput> periods() {
        return filled().stream().map(r -> new OrganisationRules.PeriodInput(r.since(), r.until())).toList();
    }

    List<Row> filled() {
        return memberships.stream().filter(r -> !r.isEmpty()).toList();
    }

    MembershipForm withRevision(Long newRevision) {
        return new MembershipForm(memberships, newRevision);
    }

    /**
     * What is wrong, per row of the form as shown again ({@link #withBlankRows()} keeps the filled rows
     * first, in order): the field's message key, and for an overlap the row it overlaps (1-based).
     */
    public record Errors(Map<String, String> keys, Map<String, Integer> overlaps) {

        private static final Pattern OTHER = Pattern.compile("memberships\\[(\\d+)\\]");

        static Errors none() {
            return new Errors(Map.of(), Map.of());
        }

        /** From the register's problems: {@code memberships[i].since}, {@code memberships[i].until}, {@code memberships[i]}. */
        static Errors of(Map<String, String> problems) {
            Map<String, String> keys = new LinkedHashMap<>();
            Map<String, Integer> overlaps = new LinkedHashMap<>();
            problems.forEach((field, message) -> {
                var row = OTHER.matcher(field);
                if (!row.lookingAt()) {
                    return;
                }
                int index = Integer.parseInt(row.group(1));
                if (field.endsWith(".since")) {
                    keys.put("membership-" + index + "-since", "membership.error.since");
                } else if (field.endsWith(".until")) {
                    keys.put("membership-" + index + "-until", "membership.error.until");
                } else {
                    keys.put("membership-" + index + "-since", "membership.error.overlap");
                    var other = OTHER.matcher(message);
                    overlaps.put("membership-" + index + "-since", other.find() ? Integer.parseInt(other.group(1)) + 1 : 0);
                }
            });
            return new Errors(keys, overlaps);
        }

        public boolean has(String id) {
            return keys.containsKey(id);
        }

        public String key(String id) {
            return keys.get(id);
        }

        public boolean isEmpty() {
            return keys.isEmpty();
        }

        /** For an overlap on the field {@code id}: the 1-based row it overlaps; null for another problem. */
        public Integer overlapped(String id) {
            return overlaps.get(id);
        }
    }
}
