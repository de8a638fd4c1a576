package dk.samvirke.organisations;

import dk.samvirke.shared.FieldCheck;
import dk.samvirke.shared.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of an organisation record and of its membership periods, in one place: the importer, the
 * API and the pages all check through here (interfaces.md §2, §2.1). Field names are the API's; the
 * importer words them as its columns.
 */
public final class OrganisationRules {

    private OrganisationRules() {
    }

    /** An organisation as text, field by field, as a CSV row, a form or a JSON body brings it. */
    public record Input(String name, String type, String country, String municipalityCode, String cvr, String region,
            String population, String website, String emailDomains, String foundedOn, String dissolvedOn,
            String successor, String ean) {
    }

    /** A membership period as text. */
    public record PeriodInput(String since, String until) {
    }

    /**
     * The organisation's own fields, checked one by one and against each other; references to other
     * organisations (region, successor) are the caller's to resolve. Memberships are left empty.
     */
    public static OrganisationDetails check(Input in, FieldCheck check) {
        String name = check.text("name", in.name(), true, 300);
        OrganisationType type = check.code("type", in.type(), OrganisationType.class, true);
        String country = check.country("country", in.country());
        String code = check.text("municipalityCode", in.municipalityCode(), false, 10);
        if (code == null && type == OrganisationType.MUNICIPALITY && !check.has("municipalityCode")) {
            check.problem("municipalityCode", "required for a municipality");
        } else if (code != null && type == OrganisationType.MUNICIPALITY && country.equals("DK")
                && !(code.length() == 3 && code.chars().allMatch(c -> c >= '0' && c <= '9'))) {
            check.problem("municipalityCode", "'" + code + "' is not a Danish municipality code (3 digits)");
        } else if (code != null && !code.matches("[A-Za-z0-9-]+")) {
            check.problem("municipalityCode", "'" + code + "' is not a code: letters, digits and '-'");
        }
        String cvr = check.digits("cvr", in.cvr(), 8);
        String region = check.key("region", in.region(), false);
        Integer population = check.nonNegativeInteger("population", in.population());
        String website = check.webUrl("website", in.website());
        List<String> domains = check.domains("emailDomains", in.emailDomains());
        LocalDate founded = check.date("foundedOn", in.foundedOn());
        LocalDate dissolved = check.date("dissolvedOn", in.dissolvedOn());
        check.notBefore(founded, "foundedOn", dissolved, "dissolvedOn");
        String successor = check.key("successor", in.successor(), false);
        if (successor != null && dissolved == null && !check.has("dissolvedOn")) {
            check.problem("successor", "a successor takes over on dissolvedOn, which is empty");
        }
        String ean = check.text("ean", in.ean(), false, 13);
        if (ean != null && !isEan(ean)) {
            check.problem("ean", "'" + ean + "' is not an EAN location number: 13 digits ending in the GS1 check digit");
            ean = null;
        }
        return new OrganisationDetails(name, type, country, code, cvr, region, population, website, domains, founded,
                dissolved, successor, ean, List.of());
    }

    /** A GLN/EAN-13: 13 digits whose last is the GS1 check digit of the first 12 (weights 1, 3, 1, 3, …). */
    public static boolean isEan(String value) {
        if (value.length() != 13 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (value.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == value.charAt(12) - '0';
    }

    /** One period; {@code field} names it in the problems, e.g. {@code memberships[1]} or {@code since}. */
    public static Period period(PeriodInput in, FieldCheck check, String sinceField, String untilField) {
        LocalDate since = check.date(sinceField, in.since());
        LocalDate until = check.date(untilField, in.until());
        if (since == null && !check.has(sinceField)) {
            check.problem(sinceField, until == null ? "required" : "required: a period of membership has a start");
        }
        check.notBefore(since, sinceField, until, untilField);
        return since == null ? null : new Period(since, until);
    }

    /** Two periods of one organisation that share a day, as positions in the list given. */
    public static List<Period.Overlap> overlaps(List<Period> periods) {
        return Period.overlaps(periods);
    }

    /**
     * A whole list of periods, as {@code PUT …/memberships} and the page send it: each checked, and no
     * two overlapping (the problem names both, as {@code memberships[i]}).
     */
    public static List<Period> periods(List<PeriodInput> inputs, FieldCheck check) {
        List<Period> periods = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i) == null ? new PeriodInput(null, null) : inputs.get(i);
            Period period = period(in, check, "memberships[" + i + "].since", "memberships[" + i + "].until");
            if (period != null) {
                periods.add(period);
                positions.add(i);
            }
        }
        for (var overlap : overlaps(periods)) {
            int first = positions.get(overlap.first());
            int second = positions.get(overlap.second());
            check.problem("memberships[" + second + "]", "overlaps memberships[" + first + "] ("
                    + describe(periods.get(overlap.first())) + " and " + describe(periods.get(overlap.second())) + ")");
        }
        return periods;
    }

    static String describe(Period p) {
        return p.from() + "–" + (p.to() == null ? "" : p.to());
    }

    /** Whether two organisations' existences share a day: only then must their codes differ. */
    public static boolean existencesOverlap(OrganisationDetails a, OrganisationDetails b) {
        return new Period(a.foundedOn(), a.dissolvedOn()).overlaps(new Period(b.foundedOn(), b.dissolvedOn()));
    }
}
