package dk.samvirke.events;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.accounts.OwnAccount;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** A person's download of their own data holds every sign-up of theirs, and nobody else's. */
@IntegrationTest
class EventPersonalDataTest {

    @Autowired
    EventManagement events;
    @Autowired
    OwnAccount ownAccount;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;

    @BeforeEach
    void clean() {
        RegistryCleaner.clean(jdbc);
        fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
    }

    @Test
    void theDownloadHoldsOnesOwnSignUpsAlsoWithdrawnOnes() throws Exception {
        accounts.bearer("m1@aarhus.dk", "aarhus", TestAccounts.member());
        accounts.bearer("m2@aarhus.dk", "aarhus", TestAccounts.member());
        events.create(EventSignUpTest.ADMIN, EventSignUpTest.event("temadag", 10, EventSignUpTest.inDays(10), null));
        events.create(EventSignUpTest.ADMIN, EventSignUpTest.event("workshop", 10, EventSignUpTest.inDays(20), null));
        events.signUp(EventSignUpTest.member(1), "temadag", null);
        events.signUp(EventSignUpTest.member(1), "workshop", null);
        events.withdraw(EventSignUpTest.member(1), "workshop", null);
        events.signUp(EventSignUpTest.member(2), "temadag", null);

        var download = json.readTree(json.writeValueAsString(ownAccount.personalData("m1@aarhus.dk").orElseThrow()));

        var signUps = download.get("eventRegistrations");
        assertThat(signUps).hasSize(2);
        assertThat(signUps.get(0).get("event").asString()).isEqualTo("temadag");
        assertThat(signUps.get(0).get("status").asString()).isEqualTo("registered");
        assertThat(signUps.get(1).get("event").asString()).isEqualTo("workshop");
        assertThat(signUps.get(1).get("status").asString()).isEqualTo("cancelled");
        assertThat(download.has("more")).isFalse();
        assertThat(download.toString()).doesNotContain("m2@aarhus.dk");
    }
}
