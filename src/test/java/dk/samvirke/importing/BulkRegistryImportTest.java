package dk.samvirke.importing;

import static dk.samvirke.importing.TestPackages.imported;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.ProductDetails;
import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationDetails;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.People;
import dk.samvirke.people.Person;
import dk.samvirke.people.PersonDetails;
import dk.samvirke.shared.Period;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
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
 * The organisations (with their periods), products (with their forum categories) and people an import creates are
 * written in bulk, past Hibernate ({@code NewOrganisations}, {@code NewProducts}, {@code NewForumCategories},
 * {@code NewPeople}: COPY on PostgreSQL); their rows and their history must be exactly
 * what saving the same entities writes, and what Hibernate still writes in the same import (updated records,
 * products) must be able to refer to them.
 */
@IntegrationTest
class BulkRegistryImportTest {

    private static final String ORGANISATIONS = "key;name;type;country;municipality_code;cvr;region;population;website;"
            + "email_domains;member_since;member_until;founded_on;dissolved_on;successor;ean\n"
            + "midt;Region Midtjylland;region;;;29190925;;1300000;https://rm.dk;RM.dk;;;;;;\n"
            + "aarhus;Århus Kommune;municipality;DK;751;55133018;midt;350000;https://aarhus.dk;Aarhus.dk aak.dk;"
            + "2010-01-01;;2007-01-01;;;5798000000001\n"
            + "gammel;Gammel Kommune;municipality;;999;;midt;;;;;;;2007-01-01;aarhus;\n";
    private static final String MEMBERSHIPS = "organisation,since,until\nmidt,2001-01-01,2005-12-31\nmidt,2008-01-01,\n";
    private static final String PEOPLE = "email,name,organisation,title\nAnne@Aarhus.dk,Anne Ø,aarhus,Chef\nbo@x.dk,Bo,,\n";

    @Autowired
    DataPackageImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    Products products;

    @TempDir
    Path temp;

    @BeforeEach
    @AfterEach
    void clean() {
        SecurityContextHolder.clearContext();
        RegistryCleaner.clean(jdbc);
    }

    @Test
    void newOrganisationsAndPeopleHaveTheRowsIdsAndHistoryOfAnEntitySave() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("anne@aarhus.dk", null));
        var summary = imported(importer.importPackage(TestPackages.folder(temp, Map.of("organisations.csv", ORGANISATIONS,
                "memberships.csv", MEMBERSHIPS, "people.csv", PEOPLE)), ImportProgressListener.NONE));

        assertThat(summary.files().get("organisations.csv")).isEqualTo(new FileSummary(3, 0, 0));
        assertThat(summary.files().get("memberships.csv")).isEqualTo(new FileSummary(2, 0, 0));
        assertThat(summary.files().get("people.csv")).isEqualTo(new FileSummary(2, 0, 0));
        var bulkRows = rows();
        var bulkHistory = history();
        var bulkIds = ids();
        assertThat(bulkHistory).hasSize(3 + 3 + 2); // the v1 period of aarhus, and the two of midt
        assertThat(bulkHistory.get("organisation aarhus").get("changes").toString())
                .contains("\"region\":[null,\"midt\"]", "\"emailDomains\":[null,\"aarhus.dk aak.dk\"]");
        assertThat(bulkHistory.get("person anne@aarhus.dk").get("personal_fields")).isEqualTo("email,name,title");

        // The same records again, saved as entities: Hibernate's cascade and the audit trail.
        RegistryCleaner.clean(jdbc);
        transactions.executeWithoutResult(tx -> {
            var midt = organisations.save(new Organisation("midt", new OrganisationDetails("Region Midtjylland",
                    OrganisationType.REGION, null, null, "29190925", null, 1_300_000, "https://rm.dk", List.of("RM.dk"),
                    null, null, null, null, List.of(new Period(LocalDate.of(2001, 1, 1), LocalDate.of(2005, 12, 31)),
                            new Period(LocalDate.of(2008, 1, 1), null))), null));
            var aarhus = organisations.save(new Organisation("aarhus", new OrganisationDetails("Århus Kommune",
                    OrganisationType.MUNICIPALITY, "DK", "751", "55133018", "midt", 350_000, "https://aarhus.dk",
                    List.of("Aarhus.dk", "aak.dk"), LocalDate.of(2007, 1, 1), null, null, "5798000000001",
                    List.of(new Period(LocalDate.of(2010, 1, 1), null))), midt));
            organisations.save(new Organisation("gammel", new OrganisationDetails("Gammel Kommune",
                    OrganisationType.MUNICIPALITY, null, "999", null, "midt", null, null, List.of(), null,
                    LocalDate.of(2007, 1, 1), "aarhus", null, List.of()), midt, aarhus));
            people.save(new Person("Anne@Aarhus.dk", new PersonDetails("Anne Ø", "aarhus", "Chef"), aarhus));
            people.save(new Person("bo@x.dk", new PersonDetails("Bo", null, null), null));
        });

        assertThat(rows()).isEqualTo(bulkRows);
        assertThat(history()).isEqualTo(bulkHistory);
        var entityIds = ids();
        entityIds.forEach((table, ids) -> assertThat(ids).as("Hibernate's ids and the bulk ones never meet in " + table)
                .hasSize(bulkIds.get(table).size()).doesNotContainAnyElementsOf(bulkIds.get(table)));
    }

    @Test
    void newProductsAndTheirForumCategoriesHaveTheRowsIdsAndHistoryOfAnEntitySave() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("anne@aarhus.dk", null));
        var summary = imported(importer.importPackage(TestPackages.folder(temp, Map.of("organisations.csv",
                "key,name,type,municipality_code\naarhus,Aarhus Kommune,municipality,751\n", "products.csv",
                "key,name,summary,owner,repository,licence,website,adopted_on,retired_on\n"
                        + "os2mo,OS2mo,\"Organisation, og løn\",aarhus,https://github.com/OS2mo/os2mo,MPL-2.0,"
                        + "https://os2.eu/produkt/os2mo,2017-05-01,\n"
                        + "aeldre,Ældreplejen,,,,,,,2024-12-31\n")), ImportProgressListener.NONE));

        assertThat(summary.files().get("products.csv")).isEqualTo(new FileSummary(2, 0, 0));
        var bulkProducts = productRows();
        var bulkHistory = history();
        var bulkIds = productIds();
        assertThat(bulkProducts).containsOnlyKeys("product os2mo", "product aeldre", "category product:os2mo",
                "category product:aeldre");
        assertThat(bulkProducts.get("product os2mo").get("owner")).isEqualTo("aarhus");
        assertThat(bulkHistory).containsKeys("product os2mo", "forum-category product:os2mo", "product aeldre",
                "forum-category product:aeldre");
        assertThat(bulkHistory.get("product os2mo").get("changes").toString())
                .contains("\"owner\":[null,\"aarhus\"]", "\"summary\":[null,\"Organisation, og løn\"]");

        // The same records again, saved as entities: the forum makes each category from the product's event.
        RegistryCleaner.clean(jdbc);
        transactions.executeWithoutResult(tx -> {
            var aarhus = organisations.save(new Organisation("aarhus", new OrganisationDetails("Aarhus Kommune",
                    OrganisationType.MUNICIPALITY, null, "751", null, null, null, null, List.of(), null, null, null,
                    null, List.of()), null));
            products.save(new Product("os2mo", new ProductDetails("OS2mo", "Organisation, og løn", "aarhus",
                    "https://github.com/OS2mo/os2mo", "MPL-2.0", "https://os2.eu/produkt/os2mo", LocalDate.of(2017, 5, 1),
                    null), aarhus));
            products.save(new Product("aeldre", new ProductDetails("Ældreplejen", null, null, null, null, null, null,
                    LocalDate.of(2024, 12, 31)), null));
        });

        assertThat(productRows()).isEqualTo(bulkProducts);
        assertThat(history()).isEqualTo(bulkHistory);
        var entityIds = productIds();
        entityIds.forEach((table, ids) -> assertThat(ids).as("Hibernate's ids and the bulk ones never meet in " + table)
                .hasSize(bulkIds.get(table).size()).doesNotContainAnyElementsOf(bulkIds.get(table)));
    }

    @Test
    void aCircleOfSuccessorsGetsItsSuccessorByAnUpdateAsBefore() {
        String circle = "key;name;type;region;dissolved_on;successor\nr;R;region;;;\na;A;other;r;2020-01-01;b\n"
                + "b;B;other;r;2020-01-01;a\n";
        var summary = imported(importer.importPackage(TestPackages.folder(temp, Map.of("organisations.csv", circle)),
                ImportProgressListener.NONE));

        assertThat(summary.files().get("organisations.csv")).isEqualTo(new FileSummary(3, 0, 0));
        assertThat(jdbc.queryForList("select o.org_key || '>' || s.org_key from organisation o"
                + " join organisation s on s.id = o.successor_id order by o.org_key", String.class))
                .containsExactly("a>b", "b>a");
        assertThat(jdbc.queryForList("select o.org_key || ' ' || a.action || ' ' || a.changes from audit_entry a"
                + " join organisation o on o.id = a.record_id where a.record_type = 'organisation' and o.org_key <> 'r'"
                + " order by a.id",
                String.class)).containsExactly(
                        "a create " + created("a", "A", null),
                        "b create " + created("b", "B", "a"),
                        "a update {\"successor\":[null,\"b\"]}");

        // The same package again: nothing to do, nothing written.
        int entries = jdbc.queryForObject("select count(*) from audit_entry", Integer.class);
        var again = imported(importer.importPackage(TestPackages.folder(temp, Map.of("organisations.csv", circle)),
                ImportProgressListener.NONE));
        assertThat(again.files().get("organisations.csv")).isEqualTo(new FileSummary(0, 0, 3));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isEqualTo(entries);
    }

    /** The create entry's changes of an organisation of the circle (in region r): its fields in the persister's order. */
    private static String created(String key, String name, String successor) {
        return "{\"country\":[null,\"DK\"],\"dissolvedOn\":[null,\"2020-01-01\"],\"key\":[null,\"" + key + "\"],"
                + "\"name\":[null,\"" + name + "\"],\"region\":[null,\"r\"]," + (successor == null ? "" : "\"successor\":[null,\"" + successor + "\"],")
                + "\"type\":[null,\"other\"]}";
    }

    @Test
    void oneImportUpdatesSomeRecordsToReferToOthersItCreates() {
        imported(importer.importPackage(TestPackages.folder(temp, Map.of(
                "organisations.csv", "key;name;type;municipality_code\naarhus;Aarhus Kommune;municipality;751\n",
                "products.csv", "key,name,owner\nos2mo,OS2mo,aarhus\n",
                "people.csv", "email,name,organisation\nanne@aarhus.dk,Anne,aarhus\n")), ImportProgressListener.NONE));
        var files = Map.of(
                "organisations.csv", "key;name;type;municipality_code;region\naarhus;Aarhus Kommune;municipality;751;midt\n"
                        + "midt;Region Midtjylland;region;;\nnord;Region Nordjylland;region;;\n"
                        + "randers;Randers Kommune;municipality;730;midt\n",
                "memberships.csv", "organisation,since\naarhus,2010-01-01\nnord,2011-01-01\n",
                "products.csv", "key,name,owner\nos2mo,OS2mo,nord\nos2db,OS2db,midt\nos2rollekatalog,OS2rollekatalog,randers\n",
                "people.csv", "email,name,organisation\nanne@aarhus.dk,Anne,nord\nbo@rm.dk,Bo,midt\n",
                "usages.csv", "organisation,product,status\nnord,os2mo,pilot\naarhus,os2db,production\n",
                "participations.csv", "person,product,role\nbo@rm.dk,os2db,developer\nanne@aarhus.dk,os2mo,developer\n");

        var summary = imported(importer.importPackage(TestPackages.folder(temp, files), ImportProgressListener.NONE));

        assertThat(summary.files().get("organisations.csv")).isEqualTo(new FileSummary(3, 1, 0));
        assertThat(summary.files().get("memberships.csv")).isEqualTo(new FileSummary(2, 0, 0));
        assertThat(summary.files().get("products.csv")).isEqualTo(new FileSummary(2, 1, 0));
        assertThat(summary.files().get("people.csv")).isEqualTo(new FileSummary(1, 1, 0));
        assertThat(summary.files().get("usages.csv")).isEqualTo(new FileSummary(2, 0, 0));
        assertThat(summary.files().get("participations.csv")).isEqualTo(new FileSummary(2, 0, 0));
        assertThat(jdbc.queryForList("select o.org_key || ' in ' || r.org_key from organisation o"
                + " join organisation r on r.id = o.region_id order by o.org_key", String.class))
                .containsExactly("aarhus in midt", "randers in midt");
        assertThat(jdbc.queryForList("select o.org_key || ' ' || m.since from membership m"
                + " join organisation o on o.id = m.organisation_id order by o.org_key", String.class))
                .containsExactly("aarhus 2010-01-01", "nord 2011-01-01");
        assertThat(jdbc.queryForList("select p.product_key || ' of ' || o.org_key from product p"
                + " join organisation o on o.id = p.owner_id order by p.product_key", String.class))
                .containsExactly("os2db of midt", "os2mo of nord", "os2rollekatalog of randers");
        assertThat(jdbc.queryForList("select p.email || ' at ' || o.org_key from person p"
                + " join organisation o on o.id = p.organisation_id order by p.email", String.class))
                .containsExactly("anne@aarhus.dk at nord", "bo@rm.dk at midt");
        assertThat(updates()).containsExactlyInAnyOrder(
                "organisation aarhus {\"region\":[null,\"midt\"]}",
                "product os2mo {\"owner\":[\"aarhus\",\"nord\"]}",
                "person anne@aarhus.dk {\"organisation\":[\"aarhus\",\"nord\"]}");
        assertThat(jdbc.queryForList("select record_type || ' ' || record_key from audit_entry where action = 'create'"
                + " and record_type = 'membership' order by record_key", String.class))
                .containsExactly("membership aarhus/2010-01-01", "membership nord/2011-01-01");

        // The same package again: all unchanged, nothing written.
        int entries = jdbc.queryForObject("select count(*) from audit_entry", Integer.class);
        var rows = rows();
        var again = imported(importer.importPackage(TestPackages.folder(temp, files), ImportProgressListener.NONE));
        again.files().forEach((file, written) -> assertThat(written).as(file)
                .isEqualTo(new FileSummary(0, 0, written.unchanged())));
        assertThat(again.changed()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isEqualTo(entries);
        assertThat(rows()).isEqualTo(rows);
    }

    private Map<String, List<Long>> ids() {
        return Map.of("organisation", jdbc.queryForList("select id from organisation", Long.class),
                "membership", jdbc.queryForList("select id from membership", Long.class),
                "person", jdbc.queryForList("select id from person", Long.class));
    }

    private Map<String, List<Long>> productIds() {
        return Map.of("product", jdbc.queryForList("select id from product", Long.class),
                "forum_category", jdbc.queryForList("select id from forum_category where product_id is not null", Long.class));
    }

    /** Every product and product category as stored, but ids (references by key instead) and timestamps. */
    private Map<String, Map<String, Object>> productRows() {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        jdbc.queryForList("select p.product_key, p.name, p.sort_key, p.summary, o.org_key owner, p.repository, p.licence,"
                + " p.website, p.adopted_on, p.retired_on, p.development_status, p.categories, p.version from product p"
                + " left join organisation o on o.id = p.owner_id").forEach(row -> rows.put("product "
                        + row.get("product_key"), row));
        jdbc.queryForList("select c.category_key, p.product_key, c.name_da, c.name_en, c.description_da,"
                + " c.description_en, c.position, c.restricted, c.version from forum_category c"
                + " join product p on p.id = c.product_id").forEach(row -> rows.put("category " + row.get("category_key"), row));
        return rows;
    }

    private List<String> updates() {
        return jdbc.queryForList("select record_type || ' ' || record_key || ' ' || changes from audit_entry"
                + " where action = 'update'", String.class);
    }

    /** Every organisation, period and person as stored, but ids (references by key instead) and timestamps. */
    private Map<String, Map<String, Object>> rows() {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        jdbc.queryForList("select o.org_key, o.name, o.sort_key, o.type, o.country, o.municipality_code, o.cvr,"
                + " r.org_key region, o.population, o.website, o.email_domains, o.founded_on, o.dissolved_on,"
                + " s.org_key successor, o.ean, o.version from organisation o left join organisation r on r.id = o.region_id"
                + " left join organisation s on s.id = o.successor_id").forEach(row -> rows.put("organisation "
                        + row.get("org_key"), row));
        jdbc.queryForList("select o.org_key, m.since, m.until, m.version from membership m"
                + " join organisation o on o.id = m.organisation_id").forEach(row -> rows.put("membership "
                        + row.get("org_key") + "/" + row.get("since"), row));
        jdbc.queryForList("select p.email, p.name, o.org_key, p.title, p.version from person p"
                + " left join organisation o on o.id = p.organisation_id").forEach(row -> rows.put("person "
                        + row.get("email"), row));
        return rows;
    }

    /** Every entry by record type and key: who, what, the changes and the privacy columns (not when, not the id). */
    private Map<String, Map<String, Object>> history() {
        Map<String, Map<String, Object>> entries = new HashMap<>();
        jdbc.queryForList("select actor, action, record_type, record_key, changes, personal_fields, personal_key"
                + " from audit_entry").forEach(row -> {
                    String key = row.get("record_type") + " " + row.get("record_key");
                    assertThat(entries.put(key, row)).as("one entry for " + key).isNull();
                });
        return entries;
    }
}
