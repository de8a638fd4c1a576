package dk.samvirke.events;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.support.SignedIn;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rights matrix of events: who may manage and organise an event of the association, a product and a body. */
class EventPolicyTest {

    /** The bodies' module as governance would answer: the chair of os2mo's steering committee organises it. */
    static final EventBodies BODIES = new EventBodies() {
        @Override
        public Optional<EventBody> body(String key) {
            return key.equals("mo-styregruppe") ? Optional.of(new EventBody(key, "os2mo", "Styregruppe", "Steering committee"))
                    : key.equals("bestyrelse") ? Optional.of(new EventBody(key, null, "Bestyrelsen", "The board"))
                    : Optional.empty();
        }

        @Override
        public boolean mayOrganise(String key, SignedInUser user) {
            return key.equals("mo-styregruppe") && user.email().equals("chair@aarhus.dk");
        }
    };

    static SignedInUser user(String who) {
        return switch (who) {
            case "admin" -> SignedIn.user("sek@os2.eu", null, SignedIn.admin());
            case "manager" -> SignedIn.user("pm@aarhus.dk", "aarhus", SignedIn.productManager("os2mo"));
            case "other-manager" -> SignedIn.user("pk@aarhus.dk", "aarhus", SignedIn.productManager("os2kitos"));
            case "chair" -> SignedIn.user("chair@aarhus.dk", "aarhus", SignedIn.member());
            case "organiser" -> SignedIn.user("bo@aarhus.dk", "aarhus", SignedIn.member());
            case "org-admin" -> SignedIn.user("oa@aarhus.dk", "aarhus", SignedIn.organisationAdmin("aarhus"));
            case "member" -> SignedIn.user("m@aarhus.dk", "aarhus", SignedIn.member());
            default -> null;
        };
    }

    static Event event(String product, String body) {
        var details = new EventDetails("Møde", null, EventKind.MEETING, LocalDateTime.of(2027, 3, 1, 10, 0),
                LocalDateTime.of(2027, 3, 1, 12, 0), product, body, null, null, null, null, null, List.of("bo@aarhus.dk"));
        return new Event("m", details, null) {
            @Override
            public String getProductKey() {
                return product;
            }
        };
    }

    @ParameterizedTest(name = "{0} on an event of product {1}, body {2}: manage {3}, organise {4}")
    @CsvSource(nullValues = "-", value = {
        "admin,         -,        -,              true,  true",
        "admin,         os2mo,    mo-styregruppe, true,  true",
        "manager,       os2mo,    -,              true,  true",
        "manager,       -,        -,              false, false",
        "manager,       os2kitos, -,              false, false",
        "manager,       os2mo,    mo-styregruppe, true,  true",
        "other-manager, os2mo,    -,              false, false",
        "chair,         os2mo,    mo-styregruppe, true,  true",
        "chair,         -,        bestyrelse,     false, false",
        "chair,         os2mo,    -,              false, false",
        "organiser,     os2mo,    -,              false, true",
        "organiser,     -,        -,              false, true",
        "org-admin,     -,        -,              false, false",
        "member,        os2mo,    -,              false, false",
        "member,        -,        bestyrelse,     false, false",
        "anonymous,     -,        -,              false, false",
    })
    void rights(String who, String product, String body, boolean manage, boolean organise) {
        var policy = new EventPolicy(List.of(BODIES));
        var user = user(who);
        var event = event(product, body);
        assertThat(policy.mayManage(user, event)).isEqualTo(manage);
        assertThat(policy.mayManage(user, product, body)).isEqualTo(manage);
        assertThat(policy.mayOrganise(user, event)).isEqualTo(organise);
        assertThat(policy.maySignUp(user)).isEqualTo(user != null);
        assertThat(policy.mayActForOthers(user)).isEqualTo(who.equals("admin"));
    }

    @ParameterizedTest(name = "without a bodies module {0} may not manage a body''s event")
    @CsvSource({"chair", "member"})
    void withoutBodiesNobodyButAdminsAndManagers(String who) {
        var policy = new EventPolicy(List.of());
        assertThat(policy.mayManage(user(who), null, "mo-styregruppe")).isFalse();
        assertThat(policy.mayManage(user("admin"), null, "mo-styregruppe")).isTrue();
        assertThat(policy.bodies()).isEmpty();
    }
}
