package dk.samvirke.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import dk.samvirke.usage.UsageStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A backup of the running application's database, restored into a fresh database: every table holds the same
 * rows, every record, post and account is there again. (bench/faults/backup-restore.sh does the same with the
 * jar, a file database and a second application started on the restored one.)
 */
@IntegrationTest
class BackupRestoreTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    AccountManagement accounts;

    @TempDir
    Path temp;

    @Test
    void aBackupTakenWhileRunningRestoresEverythingIntoAFreshDatabase() throws Exception {
        assumeTrue(!"postgres".equals(System.getProperty("samvirke.test.database")), "the embedded database only");
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var os2mo = fixtures.product("os2mo", "OS2mo", aarhus);
        fixtures.usage(aarhus, os2mo, UsageStatus.PRODUCTION, "3.4");
        fixtures.participation(fixtures.person("anne@aarhus.dk", "Anne Hansen", aarhus), os2mo,
                ParticipationRole.values()[0], "0.5");
        accounts.create(new NewAccount("mette@aarhus.dk", "Mette", "aarhus", TestAccounts.PASSWORD,
                List.of(TestAccounts.member())));
        String token = "Bearer " + accounts.issueToken("mette@aarhus.dk", "t").token();
        var topic = new Http(port).post("/api/v1/forum/topics", "application/json", ("{\"category\": \"general\","
                + " \"kind\": \"question\", \"title\": \"Æbler og pærer\", \"body\": \"Hvem bruger **OS2mo**?\"}")
                .getBytes(StandardCharsets.UTF_8), "Authorization", token);
        assertThat(topic.status()).isEqualTo(201);

        Path backup = temp.resolve("samvirke.sql.gz");
        EmbeddedBackup.backup(dataSource, backup);
        assertThatThrownBy(() -> EmbeddedBackup.backup(dataSource, backup)).hasMessageContaining("exists already");

        var fresh = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:restored-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        EmbeddedBackup.restore(fresh, backup);
        var restored = new JdbcTemplate(fresh);

        assertThat(rowsPerTable(restored)).isEqualTo(rowsPerTable(jdbc)).containsKeys("organisation", "forum_post",
                "account", "flyway_schema_history");
        for (String query : List.of("select org_key from organisation order by 1", "select email from account order by 1",
                "select body from forum_post order by 1", "select title from forum_topic order by 1",
                "select email from person order by 1", "select token_hash from api_token order by 1",
                "select password_hash from account order by 1")) {
            assertThat(restored.queryForList(query, String.class)).as(query).isEqualTo(jdbc.queryForList(query, String.class))
                    .isNotEmpty();
        }
        assertThat(restored.queryForObject("select title from forum_topic", String.class)).isEqualTo("Æbler og pærer");

        assertThatThrownBy(() -> EmbeddedBackup.restore(dataSource, backup))
                .as("never under a running application").hasMessageContaining("is in use");
    }

    private static Map<String, Integer> rowsPerTable(JdbcTemplate jdbc) {
        Map<String, Integer> rows = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE'", String.class)) {
            rows.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Integer.class));
        }
        return rows;
    }
}
