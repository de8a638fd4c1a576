package dk.samvirke.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.samvirke.accounts.AccountManagement;
import dk.samvirke.accounts.AccountRequests.NewAccount;
import dk.samvirke.support.Http;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.SignedIn;
import dk.samvirke.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The history pages in words: labels per language, dates written out, secrets and bookkeeping never shown. */
@IntegrationTest
class ReadableHistoryTest {

    static final Authentication ADMIN = SignedIn.as("sek@os2.eu", null, SignedIn.admin());

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    TestAccounts tokens;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        RegistryCleaner.clean(jdbc);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(authentication(ADMIN))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anAccountsSecondFactorIsNamedButNeverShown() throws Exception {
        accounts.create(new NewAccount("sek2@os2.eu", "Sekretær", null, TestAccounts.PASSWORD, List.of(TestAccounts.admin())));
        // As the second step's enrolment does it (the method is the accounts module's own).
        Object target = org.springframework.test.util.AopTestUtils.getTargetObject(accounts);
        transactions.executeWithoutResult(status -> org.springframework.test.util.ReflectionTestUtils.invokeMethod(
                target, "enrolSecondFactor", "sek2@os2.eu", "JBSWY3DPEHPK3PXP"));
        long id = jdbc.queryForObject("select id from account where email = 'sek2@os2.eu'", Long.class);

        String danish = page("/historik/account/" + id);
        assertThat(danish).contains("Totrinskode", "(ændret, skjult)").doesNotContain("totpSecret", "JBSWY3DPEHPK3PXP",
                "passwordHash", "lastSignInAt", ">true<");
        assertThat(page("/history/account/" + id + "?lang=en")).contains("Second factor", "(changed, hidden)")
                .doesNotContain("Totrinskode");
    }

    @Test
    void aForumTopicShowsItsAuthorAndNotItsBookkeeping() throws Exception {
        String bearer = tokens.bearer("asker@example.org", null, TestAccounts.member());
        var created = new Http(port).post("/api/v1/forum/topics", "application/json",
                "{\"category\":\"general\",\"kind\":\"question\",\"title\":\"Et spørgsmål\",\"body\":\"Hvordan?\"}"
                        .getBytes(StandardCharsets.UTF_8), "Authorization", bearer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long topic = created.json().get("id").asLong();
        // An entry as an earlier version wrote it: the embedded author's toString, a timestamp to the nanosecond.
        jdbc.update("insert into audit_entry (occurred_at, actor, action, record_type, record_id, record_key, changes,"
                + " personal_fields, personal_key) values (?, 'system', 'update', 'forum-topic', ?, 'x', ?, 'author', false)",
                Timestamp.valueOf(LocalDateTime.of(2026, 12, 1, 9, 5)), topic,
                "{\"author\":[\"Author[accountId=3, name=Anne Hansen, email=anne@aarhus.dk]\",null],"
                        + "\"lastActivityAt\":[\"2026-12-01T09:05:01.123456789\",\"2026-12-01T10:15:02.987654321\"],"
                        + "\"editedAt\":[null,\"2026-12-01T10:15:02.987654321\"],\"pinned\":[\"false\",\"true\"]}");

        String danish = page("/historik/forum-topic/" + topic);
        assertThat(danish).contains("Forfatter", "Anne Hansen &lt;anne@aarhus.dk&gt;", "Redigeret", "1. december 2026 10:15",
                "Fastgjort", ">nej<", ">ja<", "1. december 2026 09:05 UTC")
                .doesNotContain("Author[", "lastActivityAt", "Sidste aktivitet", ".987654321", "editedAt", ">pinned<");
        String english = page("/history/forum-topic/" + topic + "?lang=en");
        assertThat(english).contains("Author", "Edited", "1 December 2026 10:15", "Pinned", ">no<", ">yes<")
                .doesNotContain("1. December", "Redigeret");
    }
}
