package dk.samvirke.importing;

import static dk.samvirke.importing.TestPackages.imported;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.Participation;
import dk.samvirke.people.ParticipationDetails;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.people.Participations;
import dk.samvirke.people.People;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.UsageDetails;
import dk.samvirke.usage.UsageStatus;
import dk.samvirke.usage.Usages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The usages and participations an import creates are written in bulk, past Hibernate (COPY on PostgreSQL); their
 * rows and their history must be exactly what Hibernate and the audit trail write for the same records.
 */
@IntegrationTest
class ImportHistoryTest {

    private static final String ENTRY = "select actor, action, record_type, record_key, changes, personal_fields,"
            + " personal_key from audit_entry where record_type = ? and record_id = ?";

    @Autowired
    DataPackageImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Organisations organisations;

    @Autowired
    Products products;

    @Autowired
    Usages usages;

    @Autowired
    People people;

    @Autowired
    Participations participations;

    @TempDir
    Path temp;

    @BeforeEach
    @AfterEach
    void clean() {
        SecurityContextHolder.clearContext();
        RegistryCleaner.clean(jdbc);
    }

    @Test
    void bulkWrittenRecordsHaveTheRowsAndHistoryHibernateWouldHaveWritten() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("anne@aarhus.dk", null));
        // A version with a backslash, a tab-free non-ASCII text: what COPY's text format must escape and encode.
        imported(importer.importPackage(TestPackages.folder(temp, Map.of(
                "organisations.csv", "key;name;type;municipality_code\naarhus;Aarhus Kommune;municipality;751\n",
                "products.csv", "key,name,owner,adopted_on\nos2mo,OS2mo,aarhus,2020-01-01\n",
                "usages.csv", "organisation;product;status;since;until;version;contact_email\n"
                        + "aarhus;os2mo;pilot;2021-02-03;2030-01-01;3.3\\ø x;it@aarhus.dk\n",
                "people.csv", "email,name,organisation,title\nanne@aarhus.dk,Anne Ø,aarhus,Chef\n",
                "participations.csv", "person,product,role,allocation,since,until\n"
                        + "anne@aarhus.dk,os2mo,developer,0.250,2021-01-01,2022-01-01\n"
                        + "anne@aarhus.dk,,board,,,\n")), ImportProgressListener.NONE));

        long usageId = jdbc.queryForObject("select id from product_usage", Long.class);
        assertThat(jdbc.queryForObject("select product_version from product_usage", String.class)).isEqualTo("3.3\\ø x");
        var importedUsage = entry("usage", usageId);
        var usageRow = usageRow(usageId);
        List<Long> participationIds = jdbc.queryForList("select id from participation order by role", Long.class);
        var importedParticipations = participationIds.stream().map(id -> entry("participation", id)).toList();
        var participationRows = participationIds.stream().map(this::participationRow).toList();

        // The same records again, through Hibernate and the audit trail.
        jdbc.update("delete from product_usage");
        jdbc.update("delete from participation");
        long[] ids = transactions.execute(tx -> {
            var aarhus = organisations.findByKey("aarhus").orElseThrow();
            var os2mo = products.findByKey("os2mo").orElseThrow();
            var anne = people.findByEmail("anne@aarhus.dk").orElseThrow();
            var usage = usages.save(new Usage(aarhus, os2mo, new UsageDetails(UsageStatus.PILOT, LocalDate.of(2021, 2, 3),
                    LocalDate.of(2030, 1, 1), "3.3\\ø x", "it@aarhus.dk")));
            var board = participations.save(new Participation(anne, null, ParticipationRole.BOARD,
                    new ParticipationDetails(null, null, null)));
            var developer = participations.save(new Participation(anne, os2mo, ParticipationRole.DEVELOPER,
                    new ParticipationDetails(new BigDecimal("0.250"), LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1))));
            return new long[] {usage.getId(), board.getId(), developer.getId()};
        });

        assertThat(ids[0]).as("Hibernate's ids and the bulk ones never meet").isNotIn(usageId);
        assertThat(ids[1]).isNotIn(participationIds);
        assertThat(ids[2]).isNotIn(participationIds);
        assertThat(importedUsage).isEqualTo(entry("usage", ids[0]));
        assertThat(usageRow).isEqualTo(usageRow(ids[0]));
        assertThat(importedParticipations).containsExactly(entry("participation", ids[1]), entry("participation", ids[2]));
        assertThat(participationRows).containsExactly(participationRow(ids[1]), participationRow(ids[2]));
        assertThat(importedUsage.get("actor")).isEqualTo("anne@aarhus.dk");
        assertThat(importedUsage.get("changes").toString()).contains("\"contactEmail\":[null,\"it@aarhus.dk\"]");
    }

    @Test
    void aChangedUsageIsUpdatedAndAnUnchangedOneLeftAlone() {
        String organisations = "key;name;type;municipality_code\naarhus;Aarhus Kommune;municipality;751\n"
                + "odense;Odense Kommune;municipality;461\n";
        String products = "key,name,owner,adopted_on\nos2mo,OS2mo,aarhus,2020-01-01\n";
        String usages = "organisation;product;status;since\naarhus;os2mo;pilot;2021-02-03\nodense;os2mo;pilot;2021-02-03\n";
        imported(importer.importPackage(TestPackages.folder(temp, Map.of("organisations.csv", organisations,
                "products.csv", products, "usages.csv", usages)), ImportProgressListener.NONE));
        var updatedAt = jdbc.queryForMap("select u.updated_at from product_usage u join organisation o on o.id = u.organisation_id"
                + " where o.org_key = 'odense'");

        var again = imported(importer.importPackage(TestPackages.folder(temp, Map.of("usages.csv",
                usages.replace("aarhus;os2mo;pilot", "aarhus;os2mo;production"))), ImportProgressListener.NONE));

        assertThat(again.files().get("usages.csv")).isEqualTo(new FileSummary(0, 1, 1));
        long aarhus = jdbc.queryForObject("select u.id from product_usage u join organisation o on o.id = u.organisation_id"
                + " where o.org_key = 'aarhus'", Long.class);
        assertThat(jdbc.queryForObject("select status from product_usage where id = ?", String.class, aarhus))
                .isEqualTo("production");
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'usage' and record_id = ?"
                + " order by id", String.class, aarhus)).containsExactly("create", "update");
        assertThat(jdbc.queryForObject("select changes from audit_entry where record_type = 'usage' and record_id = ? and action = 'update'",
                String.class, aarhus)).isEqualTo("{\"status\":[\"pilot\",\"production\"]}");
        assertThat(jdbc.queryForMap("select u.updated_at from product_usage u join organisation o on o.id = u.organisation_id"
                + " where o.org_key = 'odense'")).isEqualTo(updatedAt);
    }

    @Autowired
    dk.samvirke.usage.NewUsages newUsages;

    @Test
    void theBulkRowsAndTheirHistoryBelongToTheTransaction() {
        imported(importer.importPackage(TestPackages.folder(temp, Map.of(
                "organisations.csv", "key;name;type;municipality_code\naarhus;Aarhus Kommune;municipality;751\n",
                "products.csv", "key,name,owner,adopted_on\nos2mo,OS2mo,aarhus,2020-01-01\n")), ImportProgressListener.NONE));

        int inside = transactions.execute(tx -> {
            newUsages.insert(List.of(new Usage(organisations.findByKey("aarhus").orElseThrow(),
                    products.findByKey("os2mo").orElseThrow(), new UsageDetails(UsageStatus.PILOT, null, null, null, null))));
            tx.setRollbackOnly(); // as an import does when a later file is refused by the database
            return jdbc.queryForObject("select count(*) from product_usage", Integer.class)
                    + jdbc.queryForObject("select count(*) from audit_entry where record_type = 'usage'", Integer.class);
        });

        assertThat(inside).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from product_usage", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'usage'", Integer.class)).isZero();
    }

    private Map<String, Object> entry(String type, long id) {
        return jdbc.queryForMap(ENTRY, type, id);
    }

    /** A row's values but its id and timestamps. */
    private Map<String, Object> usageRow(long id) {
        return jdbc.queryForMap("select organisation_id, product_id, status, since, until, product_version, contact_email,"
                + " version from product_usage where id = ?", id);
    }

    private Map<String, Object> participationRow(long id) {
        return jdbc.queryForMap("select person_id, product_id, role, allocation, since, until, body_key, chair, version"
                + " from participation where id = ?", id);
    }
}
