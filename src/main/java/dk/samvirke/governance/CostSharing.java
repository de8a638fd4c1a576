package dk.samvirke.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who pays what for one product (or the association's membership fee) in one year, exactly as
 * interfaces.md §9 says; pure — the same candidates, fees and budget give the same answer. The reference
 * date is 1 January of the year.
 *
 * <ul>
 * <li>{@code annual}: every candidate that exists and is active (uses the product; is a member) on 1 January;</li>
 * <li>{@code joining}: every candidate not active on 1 January whose first active period begins during the
 *     year (after 1 January, up to 31 December); it pays the joining fee and no annual fee;</li>
 * <li>the amount is the fee row of the kind for the candidate's population band, else the {@code all} row;
 *     the member amount when the candidate is a member of the association on 1 January, else the
 *     non-member amount (which defaults to the member amount); a kind without a row costs nothing;</li>
 * <li>{@code equal}: the budget divided by the number of annual payers, rounded half up to whole kroner;</li>
 * <li>a candidate that needs a band and has no population is a problem, never priced as 0.</li>
 * </ul>
 */
public final class CostSharing {

    private CostSharing() {
    }

    /**
     * Where population bands begin (interfaces.md §9: OS2's fordelingsnøgle): {@code medium} from
     * {@code medium} inhabitants, {@code large} from {@code large}, {@code very-large} from {@code veryLarge};
     * below {@code medium} is {@code small}.
     */
    public record Bands(int medium, int large, int veryLarge) {

        public static final Bands OS2 = new Bands(25_000, 60_000, 120_000);

        public Bands {
            if (!(0 < medium && medium < large && large < veryLarge)) {
                throw new IllegalArgumentException("population bands must grow: " + medium + ", " + large + ", " + veryLarge);
            }
        }

        /** The band of a population; empty without one. */
        public Optional<FeeBand> of(Integer population) {
            if (population == null) {
                return Optional.empty();
            }
            if (population >= veryLarge) {
                return Optional.of(FeeBand.VERY_LARGE);
            }
            if (population >= large) {
                return Optional.of(FeeBand.LARGE);
            }
            return Optional.of(population >= medium ? FeeBand.MEDIUM : FeeBand.SMALL);
        }
    }

    /** One row of {@code fees.csv} for the product and year; {@code nonMemberAmount} null = the member amount. */
    public record Fee(FeeKind kind, FeeBand band, BigDecimal memberAmount, BigDecimal nonMemberAmount) {

        BigDecimal amount(boolean member) {
            return member || nonMemberAmount == null ? memberAmount : nonMemberAmount;
        }
    }

    /**
     * An organisation that may pay: one with a usage of the product (for the membership fee: one with a
     * membership period).
     *
     * @param existsOnReference   the organisation exists on 1 January
     * @param memberOnReference   it is a member of the association on 1 January
     * @param activeOnReference   its usage is active on 1 January (membership fee: it is a member then)
     * @param firstActiveSince    when its first active period began; null when unknown or since always
     */
    public record Candidate(String organisation, Integer population, boolean existsOnReference,
            boolean memberOnReference, boolean activeOnReference, LocalDate firstActiveSince) {
    }

    /** What one organisation owes; {@code band} null when its price needs none and it has no population. */
    public record Line(String organisation, FeeBand band, boolean member, FeeKind kind, BigDecimal amount) {
    }

    /** Why an organisation, or the whole product ({@code organisation} null), could not be priced. */
    public record Problem(String organisation, String message) {
    }

    /** {@code coverage} = total / budget (4 decimals), null without a budget. */
    public record Result(int year, BigDecimal budget, BigDecimal total, BigDecimal coverage, List<Line> lines,
            List<Problem> problems) {
    }

    public static Result compute(int year, List<Candidate> candidates, List<Fee> fees, BigDecimal budget, Bands bands) {
        LocalDate reference = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<FeeKind, List<Candidate>> payers = new EnumMap<>(FeeKind.class);
        for (FeeKind kind : FeeKind.values()) {
            payers.put(kind, new ArrayList<>());
        }
        candidates.stream().sorted(Comparator.comparing(Candidate::organisation)).forEach(c -> {
            if (c.existsOnReference() && c.activeOnReference()) {
                payers.get(FeeKind.ANNUAL).add(c);
            } else if (!c.activeOnReference() && c.firstActiveSince() != null && c.firstActiveSince().isAfter(reference)
                    && !c.firstActiveSince().isAfter(last)) {
                payers.get(FeeKind.JOINING).add(c);
            }
        });
        int annualPayers = payers.get(FeeKind.ANNUAL).size();
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (FeeKind kind : FeeKind.values()) {
            List<Fee> rows = fees.stream().filter(f -> f.kind() == kind).toList();
            if (rows.isEmpty() || payers.get(kind).isEmpty()) {
                continue;
            }
            Optional<Fee> equal = rows.stream().filter(f -> f.band() == FeeBand.EQUAL).findFirst();
            BigDecimal share = null;
            if (equal.isPresent()) {
                if (budget == null) {
                    problems.add(new Problem(null, "the " + kind.code() + " fee of " + year
                            + " is an equal split of the budget, and there is no budget for " + year));
                    continue;
                }
                if (annualPayers == 0) {
                    problems.add(new Problem(null, "the " + kind.code() + " fee of " + year
                            + " is an equal split of the budget among the annual payers, and there are none"));
                    continue;
                }
                share = budget.divide(BigDecimal.valueOf(annualPayers), 0, RoundingMode.HALF_UP);
            }
            Optional<Fee> all = rows.stream().filter(f -> f.band() == FeeBand.ALL).findFirst();
            boolean banded = rows.stream().anyMatch(f -> f.band() != FeeBand.ALL && f.band() != FeeBand.EQUAL);
            for (Candidate c : payers.get(kind)) {
                Optional<FeeBand> band = bands.of(c.population());
                if (share != null) {
                    lines.add(new Line(c.organisation(), band.orElse(null), c.memberOnReference(), kind, share));
                    continue;
                }
                if (band.isEmpty() && banded) {
                    problems.add(new Problem(c.organisation(), "no population, so no band for the " + kind.code()
                            + " fee of " + year));
                    continue;
                }
                Optional<Fee> fee = band.flatMap(b -> rows.stream().filter(f -> f.band() == b).findFirst()).or(() -> all);
                if (fee.isEmpty()) {
                    problems.add(new Problem(c.organisation(), "no " + kind.code() + " fee of " + year + " for the band "
                            + band.map(FeeBand::code).orElse("-") + " and no 'all' row"));
                    continue;
                }
                BigDecimal amount = fee.get().amount(c.memberOnReference());
                if (amount == null) {
                    problems.add(new Problem(c.organisation(), "the " + kind.code() + " fee of " + year + " for the band "
                            + fee.get().band().code() + " has no amount"));
                    continue;
                }
                lines.add(new Line(c.organisation(), band.orElse(null), c.memberOnReference(), kind, amount));
            }
        }
        lines.sort(Comparator.comparing(Line::organisation).thenComparing(Line::kind));
        BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal coverage = budget == null || budget.signum() == 0 ? null : total.divide(budget, 4, RoundingMode.HALF_UP);
        return new Result(year, budget, total, coverage, List.copyOf(lines), List.copyOf(problems));
    }
}
