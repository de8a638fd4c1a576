package dk.samvirke.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.statistics.StatisticsService;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoData demoData;

    @Autowired
    StatisticsService statistics;

    @LocalServerPort
    int port;

    @BeforeEach
    void clean() {
        RegistryCleaner.clean(jdbc);
    }

    @Test
    void loadsTheRealMunicipalitiesIntoAnEmptyRegistryOnlyOnce() {
        assertThat(demoData.isShown()).isFalse();
        assertThat(demoData.isShown()).as("the kept answer").isFalse();
        assertThat(demoData.loadIfEmpty()).isTrue();
        assertThat(demoData.isShown()).as("the import changed the registry, so the kept answer is asked again").isTrue();
        // The association's published figures (docs/product.md), as of a day the demo data holds them
        var figures = statistics.asOf(LocalDate.of(2026, 12, 1));
        assertThat(figures.municipalities()).isEqualTo(98);
        assertThat(figures.memberMunicipalities()).isEqualTo(82);
        assertThat(figures.memberMunicipalityShare()).isEqualTo(84);
        assertThat(figures.products()).isEqualTo(25); // 27 products, two of them retired in 2023
        assertThat(figures.productsInUse()).isEqualTo(20);
        assertThat(figures.municipalUsages()).isEqualTo(394);
        assertThat(figures.averageProductsPerMunicipality()).isEqualByComparingTo("4.0");
        assertThat(figures.participants()).isEqualTo(136);
        assertThat(figures.participatingMunicipalities()).isEqualTo(48);
        assertThat(figures.fullTime()).isEqualTo(5);
        assertThat(figures.partTime()).isEqualTo(7);
        // history: the two regions merge into Region Østdanmark on 2027-01-01, which changes no municipal figure
        var afterMerger = statistics.asOf(LocalDate.of(2027, 1, 1));
        assertThat(afterMerger.memberMunicipalities()).isEqualTo(82);
        assertThat(afterMerger.members()).isEqualTo(figures.members());
        assertThat(jdbc.queryForObject("select count(*) from membership m join organisation o on o.id = m.organisation_id"
                + " where o.type = 'municipality' group by o.id order by count(*) desc fetch first 1 rows only",
                Integer.class)).as("a municipality that left and rejoined").isEqualTo(2);
        assertThat(jdbc.queryForObject("select name from organisation where municipality_code = '101'", String.class))
                .isEqualTo("Københavns Kommune");
        assertThat(jdbc.queryForObject("select population from organisation where municipality_code = '751'",
                Integer.class)).isEqualTo(349_983);

        assertThat(demoData.loadIfEmpty()).as("never on top of existing data").isFalse();
        assertThat(demoData.isShown()).isTrue();
        assertThat(new Http(port).get("/").body()).contains("anvendelser og personer er opdigtede")
                .contains("82 medlemmer — 84 % af de 98 kommuner — og 3 andre medlemmer");
    }
}
