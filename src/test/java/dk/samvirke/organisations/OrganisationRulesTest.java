package dk.samvirke.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.organisations.OrganisationRules.PeriodInput;
import dk.samvirke.shared.FieldCheck;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"5798000420526", "5790000000005", "4006381333931"})
    void acceptsAnEanWithItsGs1CheckDigit(String ean) {
        assertThat(OrganisationRules.isEan(ean)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5798000420527", "579800042052", "57980004205260", "579800042052x"})
    void refusesAnyOtherEan(String ean) {
        assertThat(OrganisationRules.isEan(ean)).isFalse();
        var check = new FieldCheck();
        OrganisationRules.check(input(ean, null, null), check);
        assertThat(check.problems()).containsOnlyKeys("ean");
    }

    @Test
    void aSuccessorTakesOverOnTheDayOfDissolution() {
        var check = new FieldCheck();
        var details = OrganisationRules.check(input(null, null, "region-oestdanmark"), check);
        assertThat(check.problems()).containsOnlyKeys("successor");
        var dissolved = new FieldCheck();
        details = OrganisationRules.check(input(null, "2027-01-01", "region-oestdanmark"), dissolved);
        assertThat(dissolved.isValid()).isTrue();
        assertThat(details.dissolvedOn()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void overlappingPeriodsNameBothAndTouchingOnesAreFine() {
        var check = new FieldCheck();
        var periods = OrganisationRules.periods(List.of(new PeriodInput("2013-01-01", "2018-01-01"),
                new PeriodInput("2018-01-01", null), new PeriodInput("2017-06-01", "2017-07-01")), check);
        assertThat(periods).hasSize(3);
        assertThat(check.problems()).containsOnlyKeys("memberships[2]");
        assertThat(check.problems().get("memberships[2]")).contains("memberships[0]").contains("2013-01-01")
                .contains("2017-06-01");
    }

    @Test
    void aPeriodNeedsItsStart() {
        var check = new FieldCheck();
        OrganisationRules.periods(List.of(new PeriodInput(null, "2018-01-01"), new PeriodInput("1899-12-31", null)), check);
        assertThat(check.problems()).containsOnlyKeys("memberships[0].since", "memberships[1].since");
    }

    @Test
    void codesMayRepeatAcrossTimeButNotAtTheSameTime() {
        var old = new OrganisationDetails("Aarhus", OrganisationType.MUNICIPALITY, "DK", "751", null, null, null, null,
                List.of(), null, LocalDate.of(2007, 1, 1), "aarhus-kommune", null, List.of());
        var today = new OrganisationDetails("Aarhus", OrganisationType.MUNICIPALITY, "DK", "751", null, null, null, null,
                List.of(), LocalDate.of(2007, 1, 1), null, null, null, List.of());
        assertThat(OrganisationRules.existencesOverlap(old, today)).isFalse();
        assertThat(OrganisationRules.existencesOverlap(old, today.withMemberships(List.of()))).isFalse();
        var always = new OrganisationDetails("Other", OrganisationType.MUNICIPALITY, "DK", "751", null, null, null, null,
                List.of(), null, null, null, null, List.of());
        assertThat(OrganisationRules.existencesOverlap(old, always)).isTrue();
        assertThat(OrganisationRules.existencesOverlap(today, always)).isTrue();
    }

    private static OrganisationRules.Input input(String ean, String dissolvedOn, String successor) {
        return new OrganisationRules.Input("Region", "region", null, null, null, null, null, null, null, null,
                dissolvedOn, successor, ean);
    }
}
