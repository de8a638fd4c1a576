package dk.samvirke.history;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.organisations.Organisations;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.usage.UsageDetails;
import dk.samvirke.usage.UsageStatus;
import dk.samvirke.usage.Usages;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class HistoryTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    Usages usages;

    @Autowired
    Organisations organisations;

    @Autowired
    History history;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void clean() {
        RegistryCleaner.clean(jdbc);
    }

    @Test
    void recordsWhoChangedWhatFromWhatToWhat() {
        var aarhus = fixtures.municipality("aarhus-kommune", "Aarhus Kommune", "751", null);
        var os2mo = fixtures.product("os2mo", "OS2mo", aarhus);
        var usage = fixtures.usage(aarhus, os2mo, UsageStatus.PILOT, "3.3");

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("Anne@Aarhus.dk", null));
        try {
            transactions.executeWithoutResult(tx -> usages.findById(usage.getId()).orElseThrow()
                    .update(new UsageDetails(UsageStatus.PRODUCTION, LocalDate.of(2020, 1, 1), null, "3.4", "it@aarhus-kommune.dk")));
        } finally {
            SecurityContextHolder.clearContext();
        }

        List<HistoryEntry> entries = history.ofRecord("usage", usage.getId(), true);
        assertThat(entries).extracting(HistoryEntry::action).containsExactly("update", "create");
        var update = entries.get(0);
        assertThat(update.actor()).isEqualTo("anne@aarhus.dk");
        assertThat(update.recordKey()).isEqualTo("aarhus-kommune/os2mo");
        assertThat(update.changes()).containsOnlyKeys("status", "productVersion");
        assertThat(update.changes().get("status")).containsExactly("pilot", "production");
        assertThat(update.changes().get("productVersion")).containsExactly("3.3", "3.4");
        var created = entries.get(1);
        assertThat(created.actor()).isEqualTo("system");
        assertThat(created.changes().get("organisation")).isEqualTo(Arrays.asList(null, "aarhus-kommune"));

        assertThat(history.search(new HistoryFilter("usage", null, "ANNE@aarhus.dk", null, null), 0, 10))
                .extracting(HistoryEntry::id).containsExactly(update.id());
        assertThat(history.search(new HistoryFilter("organisation", "aarhus", null, LocalDate.now(java.time.ZoneOffset.UTC), LocalDate.now(java.time.ZoneOffset.UTC)), 0, 10))
                .hasSize(1);
    }

    @Test
    void aRolledBackChangeLeavesNoHistory() {
        var odense = fixtures.municipality("odense-kommune", "Odense Kommune", "461", null);
        try {
            transactions.executeWithoutResult(tx -> {
                organisations.findById(odense.getId()).orElseThrow();
                jdbc.update("update organisation set name = 'x' where id = ?", odense.getId());
                fixtures.municipality("odense-2", "Odense 2", "462", null);
                // a duplicate key: the insert fails (codes may repeat across time since v1.1; keys never do)
                fixtures.municipality("odense-kommune", "Odense igen", "463", null);
            });
        } catch (RuntimeException expected) {
            // the whole transaction rolls back
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_key = 'odense-2'", Integer.class))
                .isZero();
        assertThat(history.ofRecord("organisation", odense.getId(), true)).hasSize(1);
    }
}
