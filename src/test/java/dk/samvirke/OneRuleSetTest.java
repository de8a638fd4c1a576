package dk.samvirke;

import static dk.samvirke.support.SignedIn.organisationAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dk.samvirke.importing.DataPackageImporter;
import dk.samvirke.importing.ImportOutcome;
import dk.samvirke.importing.ImportProblem;
import dk.samvirke.importing.ImportProgressListener;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * One rule set per record (interfaces.md §2.1): what the importer refuses, the API and the page refuse
 * too, for the same field — so an API client can never store a value an export then fails to re-import.
 */
@IntegrationTest
class OneRuleSetTest {

    static final String EMAIL_255 = "x".repeat(64) + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(59) + ".dk";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    DataPackageImporter importer;
    @Autowired
    WebApplicationContext context;
    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    @BeforeEach
    void registry() {
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.product("os2mo", "OS2mo", aarhus);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            since        | since         | 1899-12-31
            since        | since         | +10000-01-01
            until        | until         | 2024-02-30
            contactEmail | contact_email | %s
            version      | version       | %s
            """)
    void theApiThePageAndTheImporterRefuseTheSameUsage(String field, String column, String template) throws Exception {
        String value = template.equals("%s") ? (field.equals("version") ? "v".repeat(101) : EMAIL_255) : template;

        var api = new Http(port).put("/api/v1/organisations/aarhus/usages/os2mo", "application/json",
                ("{\"status\": \"production\", \"" + field + "\": \"" + value + "\"}").getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer test-admin-token");
        assertThat(api.status()).as(api.body()).isEqualTo(422);
        assertThat(api.json().get("errors")).extracting(e -> e.get("field").asString()).containsExactly(field);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var page = mvc.perform(MockMvcRequestBuilders.post("/organisationer/aarhus/anvendelser").with(csrf())
                .with(authentication(SignedIn.as("oa@aarhus.dk", "aarhus", organisationAdmin("aarhus"))))
                .param("product", "os2mo").param("status", "production").param(field, value)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("id=\"usage-" + field + "-error\"");

        Path folder = Files.createDirectory(temp.resolve("package"));
        Files.writeString(folder.resolve("usages.csv"), "organisation,product,status," + column + "\naarhus,os2mo,production,"
                + value + "\n");
        var outcome = importer.importPackage(folder, ImportProgressListener.NONE);
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(((ImportOutcome.Rejected) outcome).problems()).extracting(ImportProblem::file, ImportProblem::line,
                ImportProblem::column).containsExactly(org.assertj.core.groups.Tuple.tuple("usages.csv", 2, column));

        assertThat(jdbc.queryForObject("select count(*) from product_usage", Integer.class)).as("nothing stored").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/statistics?asOf=1899-12-31                                 | asOf
            /api/v1/statistics?asOf=%2B10000-01-01                             | asOf
            /api/v1/statistics/series?from=1899-01-01&to=2020-01-01            | from
            /api/v1/statistics/series?from=2020-01-01&to=2019-01-01            | to
            /api/v1/statistics/series?from=1900-01-01&to=9999-12-31&step=month | to
            /api/v1/statistics/series?from=2020-01-01&to=2021-01-01&step=week  | step
            """)
    void datesAndSeriesOutOfRangeAreBadRequestsNamingTheParameter(String path, String parameter) {
        var answer = new Http(port).get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("parameter").asString()).isEqualTo(parameter);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/organisations?page=2147483647        | 400
            /api/v1/products?size=100000                 | 400
            /api/v1/products?page=-1                     | 400
            /api/v1/products/os2mo/usages?page=107374183 | 400
            /api/v1/organisations?page=1000&size=500     | 200
            /api/v1/products?page=99999&size=20          | 200
            /api/v1/products/os2mo/usages?page=9999      | 200
            /api/v1/history?page=2147483647              | 400
            """)
    void aPageFarAwayIsEmptyOrABadRequestNeverAnError(String path, int status) {
        var answer = new Http(port).get(path, "Authorization", "Bearer test-admin-token");
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        if (status == 200) {
            assertThat(answer.json().get("items")).isEmpty();
            assertThat(answer.json().get("total").asLong()).isLessThan(5);
        }
    }
}
