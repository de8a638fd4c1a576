package dk.samvirke.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.people.ParticipationRole;
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

@IntegrationTest
class PublicApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    dk.samvirke.support.TestAccounts accounts;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void registry() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus-kommune", "Aarhus Kommune", "751", LocalDate.of(2014, 1, 1));
        var odense = fixtures.municipality("odense-kommune", "Odense Kommune", "461", null);
        var magenta = fixtures.organisation("magenta-aps", "Magenta ApS", OrganisationType.SUPPLIER);
        var os2mo = fixtures.product("os2mo", "OS2mo", aarhus);
        var borgerpc = fixtures.product("os2borgerpc", "OS2borgerPC", odense);
        fixtures.product("os2iot", "OS2iot", null);
        fixtures.usage(aarhus, os2mo, UsageStatus.PRODUCTION, "3.4.1");
        fixtures.usage(odense, os2mo, UsageStatus.PLANNED, null);
        fixtures.usage(odense, borgerpc, UsageStatus.PILOT, "5.1");
        var anne = fixtures.person("Anne.Hansen@aarhus.dk", "Anne Hansen", aarhus);
        var bo = fixtures.person("bo@magenta.dk", "Bo Berg", magenta);
        fixtures.participation(anne, os2mo, ParticipationRole.PRODUCT_MANAGER, "0.5");
        fixtures.participation(bo, os2mo, ParticipationRole.DEVELOPER, "1");
    }

    @Test
    void listsProductsWithTheirActiveUsersPaged() {
        var page = http.get("/api/v1/products?size=2").json();
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        var first = page.get("items").get(0);
        assertThat(first.get("key").asString()).isEqualTo("os2borgerpc");
        assertThat(first.get("usageCount").asInt()).isEqualTo(1);

        var second = http.get("/api/v1/products?size=2&page=1").json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("key").asString()).isEqualTo("os2mo");

        var inUse = http.get("/api/v1/products?inUse=false").json();
        assertThat(inUse.get("items")).extracting(n -> n.get("key").asString()).containsExactly("os2iot");
        var search = http.get("/api/v1/products?q=BORGER").json();
        assertThat(search.get("items")).extracting(n -> n.get("key").asString()).containsExactly("os2borgerpc");
        var owned = http.get("/api/v1/products?owner=aarhus-kommune").json();
        assertThat(owned.get("items")).extracting(n -> n.get("key").asString()).containsExactly("os2mo");
    }

    @Test
    void productShowsUsersAndParticipantsWithoutEmailAddresses() {
        var response = http.get("/api/v1/products/os2mo");
        assertThat(response.status()).isEqualTo(200);
        var product = response.json();
        assertThat(product.get("owner").get("key").asString()).isEqualTo("aarhus-kommune");
        assertThat(product.get("usageCount").asInt()).isEqualTo(1);
        assertThat(product.get("usages")).extracting(u -> u.get("status").asString())
                .containsExactly("production", "planned");
        assertThat(product.get("participants")).extracting(p -> p.get("role").asString())
                .containsExactlyInAnyOrder("product-manager", "developer");
        assertThat(response.body()).doesNotContain("@aarhus.dk").doesNotContain("@magenta.dk");

        var usages = http.get("/api/v1/products/os2mo/usages").json();
        assertThat(usages.get("total").asInt()).isEqualTo(2);
        // §10 (v1.1): the version an organisation runs goes to signed-in people only
        assertThat(usages.get("items").get(0).get("version").isNull()).isTrue();
        assertThat(usages.get("items").get(0).get("status").asString()).isEqualTo("production");
        assertThat(usages.get("items").get(0).get("since").asString()).isEqualTo("2020-01-01");
        assertThat(http.get("/api/v1/products/os2mo/usages").body()).doesNotContain("3.4.1");
        var signedIn = http.get("/api/v1/products/os2mo/usages", "Authorization",
                accounts.bearer("m@aarhus.dk", "aarhus-kommune", dk.samvirke.support.TestAccounts.member())).json();
        assertThat(signedIn.get("items").get(0).get("version").asString()).isEqualTo("3.4.1");

        var contributors = http.get("/api/v1/products/os2mo/contributors");
        assertThat(contributors.json().get("items")).extracting(c -> c.get("name").asString())
                .containsExactlyInAnyOrder("Anne Hansen", "Bo Berg");
        assertThat(contributors.body()).doesNotContain("@");
    }

    @Test
    void organisationShowsMembershipAndProductsUsed() {
        var list = http.get("/api/v1/organisations?type=municipality").json();
        assertThat(list.get("total").asInt()).isEqualTo(2);
        var members = http.get("/api/v1/organisations?member=true").json();
        assertThat(members.get("items")).extracting(o -> o.get("key").asString()).containsExactly("aarhus-kommune");
        assertThat(members.get("items").get(0).get("productsInUse")).extracting(p -> p.get("key").asString())
                .containsExactly("os2mo");

        var odense = http.get("/api/v1/organisations/odense-kommune").json();
        assertThat(odense.get("membership").get("member").asBoolean()).isFalse();
        assertThat(odense.get("usages")).extracting(u -> u.get("product").get("key").asString())
                .containsExactly("os2borgerpc", "os2mo");
    }

    @Test
    void unknownKeysAndBadParametersAreProblemDetails() {
        var missing = http.get("/api/v1/products/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().get("detail").asString()).contains("nope");

        var badDate = http.get("/api/v1/statistics?asOf=2025-13-01");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badDate.json().get("detail").asString()).contains("asOf").contains("YYYY-MM-DD");

        var badSize = http.get("/api/v1/organisations?size=0");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(http.get("/api/v1/organisations?type=city").status()).isEqualTo(400);
    }

    @Test
    void statisticsAsOfADate() {
        var today = http.get("/api/v1/statistics").json();
        assertThat(today.get("asOf").asString()).isEqualTo(LocalDate.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).toString());
        assertThat(today.get("municipalities").asInt()).isEqualTo(2);
        assertThat(today.get("memberMunicipalities").asInt()).isEqualTo(1);
        assertThat(today.get("memberMunicipalityShare").asInt()).isEqualTo(50);
        assertThat(today.get("municipalUsages").asInt()).isEqualTo(2);
        assertThat(today.get("averageProductsPerMunicipality").decimalValue()).isEqualByComparingTo("1.0");
        assertThat(today.get("fullTime").asInt()).isEqualTo(1);
        assertThat(today.get("partTime").asInt()).isEqualTo(1);

        var before = http.get("/api/v1/statistics?asOf=2013-12-31").json();
        assertThat(before.get("memberMunicipalities").asInt()).isZero();
        assertThat(before.get("municipalUsages").asInt()).isZero();
    }

    @Test
    void adminEndpointsNeedTheToken() {
        var anonymous = http.get("/api/v1/admin/export");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/admin/export", "Authorization", "Bearer wrong").status()).isEqualTo(401);
    }

    @Test
    void openApiDescribesThePublicApi() {
        var docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        var paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/statistics")).isTrue();
        assertThat(paths.has("/api/v1/products/{key}/usages")).isTrue();
        assertThat(paths.has("/api/v1/organisations/{key}")).isTrue();
        assertThat(http.get("/api-docs").status()).isIn(200, 302);
    }

    @Test
    void anyoneMayValidateAPubliccodeFile() {
        var answer = http.post("/api/v1/publiccode/validate", "application/yaml",
                "publiccodeYmlVersion: \"0\"\nname: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("valid").asBoolean()).isFalse();
        assertThat(answer.json().get("errors")).extracting(e -> e.get("key").asString()).contains("url");
    }

    @Test
    void healthIsPublicAndOtherActuatorEndpointsAreNot() {
        var health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/env").status()).isIn(401, 403, 404);
        assertThat(http.get("/actuator/health").header("Content-Security-Policy")).contains("object-src 'none'");
    }
}
