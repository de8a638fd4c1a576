package dk.samvirke.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.usage.UsageStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The chart of usage per product shows the most used products and says how many more there are. */
@IntegrationTest
class StatisticsChartsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    StatisticsCharts charts;

    @LocalServerPort
    int port;

    private dk.samvirke.organisations.Organisation odense;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", LocalDate.of(2015, 1, 1));
        odense = fixtures.municipality("odense", "Odense Kommune", "461", null);
        for (int i = 1; i <= StatisticsCharts.PRODUCTS_SHOWN + 2; i++) {
            fixtures.product("p%02d".formatted(i), "Produkt %02d".formatted(i), aarhus);
        }
        var zz = fixtures.product("zz", "Zebra", aarhus);
        fixtures.usage(aarhus, zz, UsageStatus.PRODUCTION, "1.0");
        fixtures.usage(odense, zz, UsageStatus.PRODUCTION, "1.0");
    }

    @Test
    void theMostUsedProductsAreShownAndTheRestCounted() {
        LocalDate today = LocalDate.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN);
        var data = charts.chartData(today, today);
        assertThat(data.perProduct()).hasSize(StatisticsCharts.PRODUCTS_SHOWN);
        assertThat(data.perProduct().get(0).key()).as("most used first, whatever its name").isEqualTo("zz");
        assertThat(data.perProduct().get(0).municipalities()).isEqualTo(2);
        assertThat(data.perProduct().get(1).key()).as("then by name").isEqualTo("p01");
        assertThat(data.otherProducts()).isEqualTo(3); // 33 managed, 30 shown

        var http = new Http(port);
        assertThat(http.get("/statistik").body())
                .contains("De 30 mest brugte vises; 3 produkter mere står i filen med produkterne under „Hent tallene“.")
                .contains(">Zebra</a>").doesNotContain(">Produkt 32</a>");
        assertThat(http.get("/statistik?lang=en").body())
                .contains("The 30 most used are shown; 3 more products are in the products file under “Take the figures”.");
        assertThat(http.get("/statistik/data").body()).contains("\"otherProducts\":3");

        fixtures.usage(odense, fixtures.product("p33", "Produkt 33", odense), UsageStatus.PILOT, null);
        var afterWrite = charts.chartData(today, today);
        assertThat(afterWrite.perProduct().get(1).key()).as("the kept charts are made again after a write")
                .isEqualTo("p33");
        assertThat(afterWrite.otherProducts()).isEqualTo(4);
    }
}
