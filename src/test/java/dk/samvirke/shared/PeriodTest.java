package dk.samvirke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule every "as of a date" figure is built on, at its boundaries. */
class PeriodTest {

    static final LocalDate D = LocalDate.of(2018, 1, 1);

    @Test
    void aPeriodIncludesItsFirstDayAndNotItsEnd() {
        var p = new Period(D, D.plusYears(1));
        assertThat(p.includes(D.minusDays(1))).isFalse();
        assertThat(p.includes(D)).isTrue();
        assertThat(p.includes(D.plusYears(1).minusDays(1))).isTrue();
        assertThat(p.includes(D.plusYears(1))).isFalse();
        assertThat(new Period(null, null).includes(FieldCheck.EARLIEST)).isTrue();
        assertThat(new Period(null, D).includes(D)).isFalse();
        assertThat(new Period(D, null).includes(FieldCheck.LATEST)).isTrue();
    }

    @Test
    void periodsOverlapWhenTheyShareADayAndTouchingOnesDoNot() {
        var earlier = new Period(D.minusYears(5), D);
        assertThat(earlier.overlaps(new Period(D, null))).as("one ends the day the next begins").isFalse();
        assertThat(earlier.overlaps(new Period(D.minusDays(1), null))).isTrue();
        assertThat(new Period(null, null).overlaps(new Period(D, D.plusDays(1)))).isTrue();
        assertThat(new Period(D, D).overlaps(new Period(null, null))).as("an empty period shares no day").isFalse();
        assertThat(new Period(null, D).overlaps(new Period(null, D.minusYears(9)))).isTrue();
    }

    @Test
    void listsEveryOverlappingPairInOrder() {
        var periods = List.of(new Period(D, null), new Period(D.minusYears(2), D), new Period(D.plusYears(1), null),
                new Period(D.minusYears(1), D.plusDays(1)));
        assertThat(Period.overlaps(periods)).containsExactly(new Period.Overlap(0, 2), new Period.Overlap(0, 3),
                new Period.Overlap(1, 3));
    }

    @Test
    void theSqlConditionSaysTheSame() {
        assertThat(Period.sql("u.since", "u.until", ":d"))
                .isEqualTo("(u.since is null or u.since <= :d) and (u.until is null or u.until > :d)");
    }
}
