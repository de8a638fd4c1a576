package dk.samvirke.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samvirke.governance.CostSharing.Bands;
import dk.samvirke.governance.CostSharing.Candidate;
import dk.samvirke.governance.CostSharing.Fee;
import dk.samvirke.governance.CostSharing.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostSharingTest {

    static final int Y = 2026;

    static BigDecimal dkk(String amount) {
        return new BigDecimal(amount);
    }

    /** A user on 1 January. */
    static Candidate user(String key, Integer population, boolean member) {
        return new Candidate(key, population, true, member, true, LocalDate.of(2020, 3, 1));
    }

    /** Began to use the product on {@code since}, after 1 January. */
    static Candidate joiner(String key, Integer population, boolean member, LocalDate since) {
        return new Candidate(key, population, true, member, false, since);
    }

    static final List<Fee> BANDED = List.of(
            new Fee(FeeKind.ANNUAL, FeeBand.SMALL, dkk("10000"), dkk("15000")),
            new Fee(FeeKind.ANNUAL, FeeBand.MEDIUM, dkk("20000"), dkk("30000")),
            new Fee(FeeKind.ANNUAL, FeeBand.LARGE, dkk("40000"), null),
            new Fee(FeeKind.ANNUAL, FeeBand.VERY_LARGE, dkk("80000"), dkk("120000")),
            new Fee(FeeKind.JOINING, FeeBand.ALL, dkk("5000"), dkk("7500")));

    static CostSharing.Result compute(List<Candidate> candidates, List<Fee> fees, BigDecimal budget) {
        return CostSharing.compute(Y, candidates, fees, budget, Bands.OS2);
    }

    @ParameterizedTest(name = "{0} inhabitants: {1}")
    @CsvSource({"0, small", "24999, small", "25000, medium", "59999, medium", "60000, large", "119999, large",
        "120000, very-large", "1000000, very-large"})
    void populationBandsBeginAtTheirLowerBoundary(int population, String band) {
        assertThat(Bands.OS2.of(population)).map(FeeBand::code).contains(band);
    }

    @ParameterizedTest(name = "{0} inhabitants pay {1} as a member")
    @CsvSource({"24999, 10000", "25000, 20000", "59999, 20000", "60000, 40000", "119999, 40000", "120000, 80000"})
    void theBandDecidesTheMemberPrice(int population, String amount) {
        var result = compute(List.of(user("k", population, true)), BANDED, null);
        assertThat(result.lines()).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualByComparingTo(amount);
            assertThat(l.kind()).isEqualTo(FeeKind.ANNUAL);
            assertThat(l.member()).isTrue();
        });
    }

    @Test
    void aNonMemberOnFirstJanuaryPaysTheNonMemberPriceWhichDefaultsToTheMemberPrice() {
        var result = compute(List.of(user("a-small", 24_999, false), user("b-large", 60_000, false),
                user("c-small-member", 100, true)), BANDED, null);
        assertThat(result.lines()).extracting(Line::organisation, l -> l.amount().toPlainString(), Line::member)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a-small", "15000", false),
                        org.assertj.core.groups.Tuple.tuple("b-large", "40000", false),
                        org.assertj.core.groups.Tuple.tuple("c-small-member", "10000", true));
        assertThat(result.total()).isEqualByComparingTo("65000");
    }

    @Test
    void aMemberFromLaterThanFirstJanuaryPaysAsANonMember() {
        // membership is asked on 1 January only: the caller's memberOnReference is false for a member from 1 March
        var result = compute(List.of(new Candidate("k", 30_000, true, false, true, null)), BANDED, null);
        assertThat(result.lines()).singleElement().satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("30000"));
    }

    @Test
    void joiningDuringTheYearPaysTheJoiningFeeAndNoAnnualFee() {
        var result = compute(List.of(joiner("joins-feb", 30_000, true, LocalDate.of(Y, 2, 1)),
                joiner("joins-dec31", 30_000, false, LocalDate.of(Y, 12, 31)),
                joiner("joins-next-year", 30_000, true, LocalDate.of(Y + 1, 1, 1)),
                new Candidate("since-jan1", 30_000, true, true, true, LocalDate.of(Y, 1, 1))), BANDED, null);
        assertThat(result.lines()).extracting(Line::organisation, Line::kind, l -> l.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("joins-dec31", FeeKind.JOINING, "7500"),
                        org.assertj.core.groups.Tuple.tuple("joins-feb", FeeKind.JOINING, "5000"),
                        org.assertj.core.groups.Tuple.tuple("since-jan1", FeeKind.ANNUAL, "20000"));
    }

    @Test
    void aJoinerWithoutAJoiningFeePaysNothingThatYear() {
        var annualOnly = BANDED.stream().filter(f -> f.kind() == FeeKind.ANNUAL).toList();
        var result = compute(List.of(joiner("j", 30_000, true, LocalDate.of(Y, 6, 1))), annualOnly, null);
        assertThat(result.lines()).isEmpty();
        assertThat(result.problems()).isEmpty();
        assertThat(result.total()).isEqualByComparingTo("0");
    }

    @Test
    void anOrganisationThatDoesNotExistOnFirstJanuaryPaysNoAnnualFee() {
        var result = compute(List.of(new Candidate("gone", 30_000, false, false, true, null)), BANDED, null);
        assertThat(result.lines()).isEmpty();
    }

    @Test
    void equalSplitDividesTheBudgetByTheAnnualPayersRoundedHalfUpToWholeKroner() {
        var equal = List.of(new Fee(FeeKind.ANNUAL, FeeBand.EQUAL, null, null));
        // 100 000 / 3 = 33 333.33 → 33 333; each the same
        var thirds = compute(List.of(user("a", 1000, true), user("b", null, false), user("c", 200_000, true)), equal,
                dkk("100000"));
        assertThat(thirds.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("33333", "33333", "33333");
        assertThat(thirds.total()).isEqualByComparingTo("99999");
        // 99 999 / 100 000 = 0.99999, to four decimals
        assertThat(thirds.coverage()).isEqualByComparingTo("1.0000");
        assertThat(thirds.problems()).isEmpty();
        // 100 001 / 2 = 50 000.5 → 50 001 (half up)
        var halves = compute(List.of(user("a", 1000, true), user("b", 1000, true)), equal, dkk("100001"));
        assertThat(halves.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("50001", "50001");
        // 100 / 8 = 12.5 → 13; 100 / 6 = 16.67 → 17; 100 / 7 = 14.28 → 14
        assertThat(compute(candidates(8), equal, dkk("100")).lines().get(0).amount()).isEqualByComparingTo("13");
        assertThat(compute(candidates(6), equal, dkk("100")).lines().get(0).amount()).isEqualByComparingTo("17");
        assertThat(compute(candidates(7), equal, dkk("100")).lines().get(0).amount()).isEqualByComparingTo("14");
    }

    static List<Candidate> candidates(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> user("org-" + i, 1000, true)).toList();
    }

    @Test
    void equalSplitCountsOnlyAnnualPayersAndNeedsABudget() {
        var equal = List.of(new Fee(FeeKind.ANNUAL, FeeBand.EQUAL, null, null));
        var result = compute(List.of(user("a", 1000, true), user("b", 1000, true),
                joiner("j", 1000, true, LocalDate.of(Y, 5, 1))), equal, dkk("1000"));
        assertThat(result.lines()).extracting(Line::organisation).containsExactly("a", "b");
        assertThat(result.lines()).allSatisfy(l -> assertThat(l.amount()).isEqualByComparingTo("500"));

        var noBudget = compute(List.of(user("a", 1000, true)), equal, null);
        assertThat(noBudget.lines()).isEmpty();
        assertThat(noBudget.problems()).singleElement().satisfies(p -> {
            assertThat(p.organisation()).isNull();
            assertThat(p.message()).contains("no budget");
        });
        assertThat(noBudget.coverage()).isNull();
    }

    @Test
    void anEqualJoiningFeeWithoutAnnualPayersIsAProblemNotADivisionByOne() {
        var equal = List.of(new Fee(FeeKind.JOINING, FeeBand.EQUAL, null, null));
        var result = compute(List.of(joiner("j", 1000, true, LocalDate.of(Y, 5, 1))), equal, dkk("1000"));
        assertThat(result.lines()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("none"));
    }

    @Test
    void aProductWithoutFeesCostsNothing() {
        var result = compute(List.of(user("a", 1000, true), joiner("j", 1000, true, LocalDate.of(Y, 5, 1))), List.of(),
                dkk("500000"));
        assertThat(result.lines()).isEmpty();
        assertThat(result.problems()).isEmpty();
        assertThat(result.total()).isEqualByComparingTo("0");
        assertThat(result.coverage()).isEqualByComparingTo("0");
        assertThat(result.budget()).isEqualByComparingTo("500000");
    }

    @Test
    void anOrganisationWithoutPopulationIsAProblemNeverPricedAsZero() {
        var result = compute(List.of(user("a", null, true), user("b", 30_000, true)), BANDED, dkk("40000"));
        assertThat(result.lines()).extracting(Line::organisation).containsExactly("b");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.organisation()).isEqualTo("a");
            assertThat(p.message()).contains("population");
        });
        assertThat(result.coverage()).isEqualByComparingTo("0.5");
    }

    @Test
    void theAllRowPricesEveryBandAndNeedsNoPopulation() {
        var all = List.of(new Fee(FeeKind.ANNUAL, FeeBand.ALL, dkk("1234.50"), dkk("2000")));
        var result = compute(List.of(user("a", null, true), user("b", 500_000, false)), all, null);
        assertThat(result.lines()).extracting(Line::organisation, l -> l.amount().toPlainString(), Line::band)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "1234.50", null),
                        org.assertj.core.groups.Tuple.tuple("b", "2000", FeeBand.VERY_LARGE));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aBandRowWinsOverTheAllRowAndAMissingBandWithoutAllIsAProblem() {
        var fees = List.of(new Fee(FeeKind.ANNUAL, FeeBand.SMALL, dkk("1"), null),
                new Fee(FeeKind.ANNUAL, FeeBand.ALL, dkk("9"), null));
        assertThat(compute(List.of(user("s", 10, true), user("m", 30_000, true)), fees, null).lines())
                .extracting(l -> l.amount().toPlainString()).containsExactly("9", "1");
        var onlySmall = List.of(new Fee(FeeKind.ANNUAL, FeeBand.SMALL, dkk("1"), null));
        var result = compute(List.of(user("m", 30_000, true)), onlySmall, null);
        assertThat(result.lines()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("medium"));
    }

    @Test
    void linesComeInOrganisationKeyOrder() {
        var result = compute(List.of(user("c", 1, true), user("a", 1, true), user("b", 1, true)), BANDED, null);
        assertThat(result.lines()).extracting(Line::organisation).containsExactly("a", "b", "c");
    }

    @Test
    void bandsCanBeChangedButMustGrow() {
        var bands = new Bands(10_000, 50_000, 100_000);
        assertThat(bands.of(9_999)).contains(FeeBand.SMALL);
        assertThat(bands.of(10_000)).contains(FeeBand.MEDIUM);
        assertThat(bands.of(null)).isEmpty();
        assertThatThrownBy(() -> new Bands(60_000, 25_000, 120_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
