package dk.samvirke.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedInPages;
import dk.samvirke.usage.UsageStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The organisation page tells its history; the secretariat keeps the periods there and merges organisations. */
@IntegrationTest
class OrganisationHistoryPagesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    WebApplicationContext context;
    @LocalServerPort
    int port;

    Http http;
    MockMvc mvc;

    @BeforeEach
    void registry() {
        http = new Http(port);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        RegistryCleaner.clean(jdbc);
        var aarhus = fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        var hovedstaden = fixtures.organisation("region-hovedstaden", "Region Hovedstaden", OrganisationType.REGION);
        var oest = fixtures.organisation("region-oestdanmark", "Region Østdanmark", OrganisationType.REGION);
        fixtures.usage(hovedstaden, fixtures.product("os2faktor", "OS2faktor", aarhus), UsageStatus.PRODUCTION, "3.2");
        admin("/api/v1/organisations/aarhus/memberships",
                "[{\"since\": \"2013-01-01\", \"until\": \"2018-01-01\"}, {\"since\": \"2018-03-01\"}]");
        jdbc.update("update organisation set founded_on = ? where id = ?", LocalDate.of(2027, 1, 1), oest.getId());
        jdbc.update("update organisation set dissolved_on = ?, successor_id = ? where id = ?", LocalDate.of(2027, 1, 1),
                oest.getId(), hovedstaden.getId());
    }

    @Test
    void theWholeMembershipHistoryIsToldInDanishAndEnglish() {
        assertThat(http.get("/organisationer/aarhus").body()).contains("Medlem 2013–2017 og igen fra 2018")
                .contains("1. januar 2013 – 31. december 2017", "fra 1. marts 2018");
        assertThat(http.get("/organisations/aarhus?lang=en").body()).contains("Member 2013–2017 and again from 2018");
    }

    @Test
    void aPlannedMergerIsShownOnBothOrganisationsPages() {
        assertThat(http.get("/organisationer/region-hovedstaden").body())
                .contains("Region Hovedstaden nedlægges 1. januar 2027 og indgår i Region Østdanmark.");
        assertThat(http.get("/organisationer/region-oestdanmark").body())
                .contains("Region Østdanmark oprettes 1. januar 2027 ved en sammenlægning af:", "Region Hovedstaden");
        assertThat(http.get("/organisations/region-hovedstaden?lang=en").body())
                .contains("Region Hovedstaden will be dissolved on 1 January 2027 and become part of Region Østdanmark.");
    }

    @Test
    void theSecretariatEditsThePeriodsOnThePage() throws Exception {
        var page = mvc.perform(get("/organisationer/aarhus").with(SignedInPages.admin())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Medlemsperioder", "name=\"memberships[2].since\"");
        long version = jdbc.queryForObject("select version from organisation where org_key = 'aarhus'", Long.class);

        var overlapping = mvc.perform(post("/organisationer/aarhus/medlemskab").with(csrf()).with(SignedInPages.admin())
                .param("memberships[0].since", "2013-01-01").param("memberships[0].until", "2018-01-01")
                .param("memberships[1].since", "2017-01-01").param("revision", String.valueOf(version)))
                .andReturn().getResponse();
        assertThat(overlapping.getStatus()).isEqualTo(422);
        assertThat(overlapping.getContentAsString()).contains("Perioden overlapper periode 1");

        var saved = mvc.perform(post("/organisationer/aarhus/medlemskab").with(csrf()).with(SignedInPages.admin())
                .param("memberships[0].since", "2013-01-01").param("memberships[0].until", "2018-01-01")
                .param("memberships[1].since", "").param("memberships[2].since", "2019-01-01")
                .param("revision", String.valueOf(version))).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(http.get("/organisationer/aarhus").body()).contains("Medlem 2013–2017 og igen fra 2019");

        var stale = mvc.perform(post("/organisationer/aarhus/medlemskab").with(csrf()).with(SignedInPages.admin())
                .param("memberships[0].since", "2010-01-01").param("revision", String.valueOf(version)))
                .andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("En anden har ændret medlemsperioderne imens");

        var member = mvc.perform(post("/organisationer/aarhus/medlemskab").with(csrf()).with(SignedInPages.member())
                .param("memberships[0].since", "2010-01-01")).andReturn().getResponse();
        assertThat(member.getStatus()).isEqualTo(403);
    }

    @Test
    void theAdministratorSeesWhatMovesAndThenMerges() throws Exception {
        jdbc.update("update organisation set dissolved_on = null, successor_id = null where org_key = 'region-hovedstaden'");
        var form = mvc.perform(get("/admin/organisationer/region-hovedstaden/sammenlaeg").with(SignedInPages.admin()))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Sammenlæg Region Hovedstaden med en anden organisation");

        var preview = mvc.perform(get("/admin/organisationer/region-hovedstaden/sammenlaeg").with(SignedInPages.admin())
                .param("into", "region-oestdanmark").param("on", "2027-01-01")).andReturn().getResponse()
                .getContentAsString();
        assertThat(preview).contains("Region Hovedstaden nedlægges 1. januar 2027, og Region Østdanmark overtager.",
                "Brugen af OS2faktor (I drift) fortsætter hos organisationen der overtager, fra 1. januar 2027.");
        assertThat(jdbc.queryForObject("select count(*) from organisation where dissolved_on is not null", Integer.class))
                .as("a preview changes nothing").isZero();

        var refused = mvc.perform(get("/admin/organisationer/region-hovedstaden/sammenlaeg").with(SignedInPages.admin())
                .param("into", "region-oestdanmark").param("on", "2026-02-30")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("merge-on-error");

        var merged = mvc.perform(post("/admin/organisationer/region-hovedstaden/sammenlaeg").with(csrf())
                .with(SignedInPages.admin()).param("into", "region-oestdanmark").param("on", "2027-01-01"))
                .andReturn();
        assertThat(merged.getResponse().getStatus()).isEqualTo(302);
        assertThat(merged.getFlashMap().get("merged")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from product_usage u join organisation o on o.id = u.organisation_id"
                + " where o.org_key = 'region-oestdanmark'", Integer.class)).isEqualTo(1);

        assertThat(mvc.perform(get("/admin/organisationer/region-hovedstaden/sammenlaeg").with(SignedInPages.member()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private void admin(String path, String json) {
        var answer = http.put(path, "application/json", json.getBytes(StandardCharsets.UTF_8), "Authorization",
                "Bearer test-admin-token");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
}
