package dk.samvirke.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The administrators' account page: roles, disabling, the invitation again, the second factor; and the
 * truth about mail: no mail server runs in this test, so every invitation stays queued and says so.
 */
@IntegrationTest
class AccountsAdminPagesTest {

    static final Authentication ADMIN = SignedIn.as("sek@os2.eu", null, SignedIn.admin());
    static final Authentication MEMBER = SignedIn.as("m@aarhus.dk", "aarhus", SignedIn.member());
    static final String BO = "bo@aarhus.dk";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    AccountManagement accounts;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        RegistryCleaner.clean(jdbc);
        jdbc.update("delete from outgoing_mail");
        fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
        fixtures.municipality("odense", "Odense Kommune", "461", null);
        fixtures.product("os2mo", "OS2mo", null);
        accounts.create(new NewAccount(BO, "Bo Berg", "aarhus", null,
                List.of(TestAccounts.member(), TestAccounts.organisationAdmin("aarhus"))));
        accounts.create(new NewAccount("sek@os2.eu", "Sekretariatet", null, TestAccounts.PASSWORD, List.of(TestAccounts.admin())));
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return perform(request).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> roles() {
        return jdbc.queryForList("select r.role || coalesce(':' || o.org_key, '') || coalesce(':' || p.product_key, '')"
                + " from account_role r join account a on a.id = r.account_id left join organisation o on o.id = r.organisation_id"
                + " left join product p on p.id = r.product_id where a.email = ? order by 1", String.class, BO);
    }

    @Test
    void onlyAdministratorsReachTheAccountPageAndItsActions() throws Exception {
        String page = "/admin/konti/konto?email=" + BO;
        assertThat(perform(get(page)).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(perform(get(page).with(authentication(MEMBER))).getResponse().getStatus()).isEqualTo(403);
        for (String action : List.of("/admin/konti/roller", "/admin/konti/aktiv", "/admin/konti/invitation")) {
            var refused = perform(post(action).with(csrf()).with(authentication(MEMBER)).param("email", BO)
                    .param("enabled", "false").param("admin", "true"));
            assertThat(refused.getResponse().getStatus()).as(action).isEqualTo(403);
        }
        assertThat(roles()).containsExactly("member", "organisation-admin:aarhus");
        assertThat(jdbc.queryForObject("select enabled from account where email = ?", Boolean.class, BO)).isTrue();
        assertThat(perform(get("/admin/konti/konto?email=nobody@x.dk").with(authentication(ADMIN))).getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void theInvitationStaysQueuedWithoutAMailServerAndThePagesSaySo() throws Exception {
        String list = html(get("/admin/konti").with(authentication(ADMIN)));
        assertThat(list).contains("Invitation i kø").doesNotContain("Invitation sendt")
                .contains("Organisationsadministrator for Aarhus Kommune", "href=\"/admin/konti/konto?email=bo@aarhus.dk\"");
        String page = html(get("/admin/konti/konto").param("email", BO).with(authentication(ADMIN)));
        assertThat(page).contains("Bo Berg", "Invitation i kø", "Send invitationen igen");

        String firstLink = jdbc.queryForObject("select token_hash from account_link", String.class);
        var resent = perform(post("/admin/konti/invitation").with(csrf()).with(authentication(ADMIN)).param("email", BO));
        assertThat(resent.getResponse().getRedirectedUrl()).isEqualTo("/admin/konti/konto?email=bo%40aarhus.dk");
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Integer.class, BO)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select used_at is not null or expires_at <= current_timestamp from account_link"
                + " where token_hash = ?", Boolean.class, firstLink)).as("the first link no longer works").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from account_link where used_at is null and expires_at > current_timestamp",
                Integer.class)).isEqualTo(1);

        var withPassword = perform(post("/admin/konti/invitation").with(csrf()).with(authentication(ADMIN))
                .param("email", "sek@os2.eu"));
        assertThat(withPassword.getResponse().getStatus()).isEqualTo(409);
        assertThat(withPassword.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("allerede valgt en adgangskode");
    }

    @Test
    void theAdministratorChangesRolesKeepingSomeAndAddingOthers() throws Exception {
        var saved = perform(post("/admin/konti/roller").with(csrf()).with(authentication(ADMIN)).param("email", BO)
                .param("admin", "true").param("keep", "organisation-admin:aarhus")
                .param("organisationAdminOf", "odense").param("productManagerOf", "os2mo"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getFlashMap().get("accountNotice")).isEqualTo("admin.account.notice.roles");
        assertThat(roles()).containsExactly("admin", "organisation-admin:aarhus", "organisation-admin:odense",
                "product-manager:os2mo");

        var bad = perform(post("/admin/konti/roller").with(csrf()).with(authentication(ADMIN)).param("email", BO)
                .param("organisationAdminOf", "findes-ikke"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(roles()).as("nothing half-written").hasSize(4);

        String english = html(get("/admin/konti/konto").param("email", BO).param("lang", "en").with(authentication(ADMIN)));
        assertThat(english).contains("Organisation administrator for Odense Kommune", "Save the roles")
                .doesNotContain("Gem rollerne");
        assertThat(html(get("/historik/account/" + jdbc.queryForObject("select id from account where email = ?", Long.class, BO))
                .with(authentication(ADMIN)))).contains("kontoen");
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRoleOrDisableThemselves() throws Exception {
        var own = perform(post("/admin/konti/roller").with(csrf()).with(authentication(ADMIN)).param("email", "sek@os2.eu")
                .param("member", "true"));
        assertThat(own.getResponse().getStatus()).isEqualTo(422);
        assertThat(own.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("din egen administratorrolle");
        var disableSelf = perform(post("/admin/konti/aktiv").with(csrf()).with(authentication(ADMIN))
                .param("email", "sek@os2.eu").param("enabled", "false"));
        assertThat(disableSelf.getResponse().getStatus()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select enabled from account where email = 'sek@os2.eu'", Boolean.class)).isTrue();
    }

    @Test
    void disablingStopsSignInAndTheTokensAndEnablingUndoesIt() throws Exception {
        var token = accounts.issueToken(BO, "test").token();
        assertThat(accounts.authenticateToken(token)).isPresent();
        var disabled = perform(post("/admin/konti/aktiv").with(csrf()).with(authentication(ADMIN)).param("email", BO)
                .param("enabled", "false"));
        assertThat(disabled.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select enabled from account where email = ?", Boolean.class, BO)).isFalse();
        assertThat(accounts.authenticateToken(token)).isEmpty();
        assertThat(html(get("/admin/konti").with(authentication(ADMIN)))).contains("Deaktiveret");
        String page = html(get("/admin/konti/konto").param("email", BO).with(authentication(ADMIN)));
        assertThat(page).contains("Aktivér kontoen igen").doesNotContain("Send invitationen igen");

        perform(post("/admin/konti/aktiv").with(csrf()).with(authentication(ADMIN)).param("email", BO).param("enabled", "true"));
        assertThat(accounts.authenticateToken(token)).isPresent();
    }

    @Test
    void theSecondFactorResetIsOfferedForAnAccountThatHasOne() throws Exception {
        Object target = org.springframework.test.util.AopTestUtils.getTargetObject(accounts);
        transactions.executeWithoutResult(status -> org.springframework.test.util.ReflectionTestUtils.invokeMethod(
                target, "enrolSecondFactor", "sek@os2.eu", "JBSWY3DPEHPK3PXP"));
        String page = html(get("/admin/konti/konto").param("email", "sek@os2.eu").with(authentication(ADMIN)));
        assertThat(page).contains("action=\"/admin/konti/totp-nulstil\"");
        var reset = perform(post("/admin/konti/totp-nulstil").with(csrf()).with(authentication(ADMIN)).param("email", "sek@os2.eu").param("back", "account"));
        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/admin/konti/konto?email=sek%40os2.eu");
        assertThat(jdbc.queryForObject("select totp_secret from account where email = 'sek@os2.eu'", String.class)).isNull();
    }
}
