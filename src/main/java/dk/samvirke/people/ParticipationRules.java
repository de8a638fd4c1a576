package dk.samvirke.people;

import dk.samvirke.shared.FieldCheck;
import dk.samvirke.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a participation, in one place: the importer, the participations API and the
 * organisation page's form all check through here (interfaces.md §2, §2.1). A participation is known
 * by (person, product, role, since): the same person may hold the same product and role again in
 * another period, but two periods of the same person, product and role must not overlap.
 */
public final class ParticipationRules {

    private ParticipationRules() {
    }

    /** A participation's fields, checked; person and product are the caller's to resolve. */
    public record Checked(String email, String productKey, ParticipationRole role, ParticipationDetails details) {

        public Key key() {
            return new Key(email, productKey, role, details.since());
        }

        public Period period() {
            return new Period(details.since(), details.until());
        }
    }

    /** What identifies a participation. {@code productKey} null: the association itself. */
    public record Key(String email, String productKey, ParticipationRole role, LocalDate since) {

        /** The participations whose periods must not overlap: same person, product and role. */
        public Key withoutSince() {
            return new Key(email, productKey, role, null);
        }
    }

    public static Checked check(ParticipationChange change, FieldCheck check) {
        String email = Person.normaliseEmail(check.email("person", change.person(), true));
        String product = check.key("product", change.product(), false);
        ParticipationRole role = check.code("role", change.role(), ParticipationRole.class, true);
        BigDecimal allocation = check.decimal("allocation", change.allocation());
        if (allocation != null && (allocation.compareTo(BigDecimal.ONE) > 0
                || allocation.stripTrailingZeros().scale() > 6)) {
            check.problem("allocation", "'" + allocation + "' is not a share of a full-time job: 0 to 1, at most 6 decimals");
            allocation = null;
        }
        LocalDate since = check.date("since", change.since());
        LocalDate until = check.date("until", change.until());
        check.notBefore(since, "since", until, "until");
        return new Checked(email, product, role, new ParticipationDetails(allocation, since, until));
    }

    /** The first of {@code others} (same person, product and role) whose period overlaps {@code period}. */
    public static Optional<Period> overlapping(Period period, List<Period> others) {
        return others.stream().filter(period::overlaps).findFirst();
    }

    public static String describe(Period p) {
        return (p.from() == null ? "" : p.from().toString()) + "–" + (p.to() == null ? "" : p.to().toString());
    }
}
