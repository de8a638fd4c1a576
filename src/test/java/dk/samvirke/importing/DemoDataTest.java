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
        assertThat(demoData.loadIfEmpty()).isTrue();
        var figures = statistics.asOf(LocalDate.of(2026, 11, 26));
        assertThat(figures.municipalities()).isEqualTo(98);
        assertThat(figures.memberMunicipalities()).isEqualTo(82);
        assertThat(figures.memberMunicipalityShare()).isEqualTo(84);
        assertThat(figures.products()).isEqualTo(19); // 21 products, two of them retired in 2023
        assertThat(figures.municipalUsages()).isPositive();
        assertThat(figures.participants()).isPositive();
        assertThat(jdbc.queryForObject("select name from organisation where municipality_code = '101'", String.class))
                .isEqualTo("Københavns Kommune");
        assertThat(jdbc.queryForObject("select population from organisation where municipality_code = '751'",
                Integer.class)).isEqualTo(349_983);

        assertThat(demoData.loadIfEmpty()).as("never on top of existing data").isFalse();
        assertThat(demoData.isShown()).isTrue();
        assertThat(new Http(port).get("/").body()).contains("anvendelser og personer er opdigtede");
    }
}
