package dk.samvirke.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.people.ParticipationRole;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.PubliccodeFixtures;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.usage.UsageStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The product answers: what a publiccode.yml says, who uses it now and who used it, without the whole user list. */
@IntegrationTest
class ProductReadApiTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void registry() {
        http = new Http(port);
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var product = fixtures.product("os2test", "OS2test", aarhus);
        var retired = fixtures.product("os2web", "OS2web", aarhus);
        jdbc.update("update product set retired_on = ? where id = ?", LocalDate.of(2023, 12, 31), retired.getId());
        for (int i = 0; i < 8; i++) {
            var municipality = fixtures.municipality("m" + i, "Kommune " + i, String.valueOf(200 + i), null);
            fixtures.usage(municipality, product, UsageStatus.PRODUCTION, "1." + i);
            fixtures.usage(municipality, retired, UsageStatus.PRODUCTION, "7." + i);
        }
        fixtures.participation(fixtures.person("mette@aarhus.dk", "Mette Hansen", aarhus), retired,
                ParticipationRole.PRODUCT_MANAGER, "0.5");
        var upload = http.post("/api/v1/products/os2test/publiccode", "application/yaml",
                PubliccodeFixtures.danish("OS2test", "https://github.com/OS2/os2test", "stable")
                        .getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer test-admin-token");
        assertThat(upload.status()).as(upload.body()).isEqualTo(200);
    }

    @Test
    void theProductCarriesItsDescriptionsAndPubliccodeFields() {
        JsonNode product = http.get("/api/v1/products/os2test").json();
        assertThat(product.at("/descriptions/da/longDescription").asString()).startsWith("OS2test samler kommunernes");
        assertThat(product.at("/descriptions/en/features/0").asString()).isEqualTo("Case overview");
        assertThat(product.get("developmentStatus").asString()).isEqualTo("stable");
        assertThat(product.get("softwareType").asString()).isEqualTo("standalone/web");
        assertThat(product.get("platforms")).extracting(JsonNode::asString).containsExactly("web", "linux");
        assertThat(product.at("/maintenance/type").asString()).isEqualTo("community");
        assertThat(product.at("/maintenance/contacts/0/name").asString()).isEqualTo("Anne Hansen");
        assertThat(product.at("/release/version").asString()).isEqualTo("2.4.1");
        assertThat(product.toString()).doesNotContain("@");
        assertThat(product.get("usageCount").asInt()).isEqualTo(8);
        assertThat(product.get("usagesUrl").asString()).isEqualTo("/api/v1/products/os2test/usages");
    }

    @Test
    void theListGivesTheCountTheFirstUsersAndWhereTheRestAre() {
        JsonNode list = http.get("/api/v1/products?q=os2test").json();
        JsonNode item = list.get("items").get(0);
        assertThat(item.get("usageCount").asInt()).isEqualTo(8);
        assertThat(item.get("users")).hasSize(ProductsResource.FIRST_USERS);
        assertThat(item.get("users").get(0).get("key").asString()).isEqualTo("m0");
        assertThat(item.get("usagesUrl").asString()).isEqualTo("/api/v1/products/os2test/usages");
        JsonNode usages = http.get(item.get("usagesUrl").asString() + "?size=3&page=2").json();
        assertThat(usages.get("total").asInt()).isEqualTo(8);
        assertThat(usages.get("items")).extracting(u -> u.get("organisation").get("key").asString()).containsExactly("m6", "m7");
    }

    @Test
    void aRetiredProductHasFormerUsersAndParticipantsOnly() {
        JsonNode retired = http.get("/api/v1/products/os2web").json();
        assertThat(retired.get("managed").asBoolean()).isFalse();
        assertThat(retired.get("usageCount").asInt()).isZero();
        assertThat(retired.get("usages")).hasSize(8).allSatisfy(u -> assertThat(u.get("active").asBoolean()).isFalse());
        assertThat(retired.get("participants")).singleElement()
                .satisfies(p -> assertThat(p.get("active").asBoolean()).isFalse());
        JsonNode listed = http.get("/api/v1/products?q=os2web").json().get("items").get(0);
        assertThat(listed.get("usageCount").asInt()).isZero();
        assertThat(listed.get("users")).isEmpty();
        assertThat(http.get("/api/v1/products?inUse=false").json().get("items")).extracting(p -> p.get("key").asString())
                .containsExactly("os2web");
        assertThat(http.get("/api/v1/organisations/m1").json().get("usages"))
                .extracting(u -> u.get("product").get("key").asString() + " " + u.get("active").asBoolean())
                .containsExactly("os2test true", "os2web false");

        String page = http.get("/produkter/os2web").body();
        assertThat(page).contains("Udfaset 31. december 2023", "Hvem brugte det", "Organisationer der brugte OS2web",
                "Personer der har deltaget i OS2web", "Ingen deltager længere: produktet er udfaset.");
        assertThat(http.get("/produkter?q=os2web").body()).contains("Udfaset 31. december 2023");
    }

    @Test
    void theLicenceFilterIsTheSameOnThePageAndInTheApi() {
        assertThat(http.get("/api/v1/products?licence=mpl-2.0").json().get("total").asInt()).isEqualTo(2);
        assertThat(http.get("/produkter?licence=mpl-2.0").body()).contains("2 produkter<");
    }
}
