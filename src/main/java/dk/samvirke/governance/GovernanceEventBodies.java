package dk.samvirke.governance;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.events.EventBodies;
import dk.samvirke.events.EventBody;
import dk.samvirke.people.PeopleDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The bodies as the events module sees them (its SPI {@link EventBodies}): a meeting may belong to a body, and
 * the body's current members may organise its meetings (administrators and the product's managers may anyway).
 */
@Component
class GovernanceEventBodies implements EventBodies {

    private final GovernanceStore store;
    private final PeopleDirectory people;
    private final Clock clock;

    GovernanceEventBodies(GovernanceStore store, PeopleDirectory people, Clock clock) {
        this.store = store;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public Optional<EventBody> body(String bodyKey) {
        return bodyKey == null ? Optional.empty()
                : store.body(bodyKey).map(b -> new EventBody(b.key(), b.productKey(), b.name(), null));
    }

    @Override
    public boolean mayOrganise(String bodyKey, SignedInUser user) {
        return user != null && people.isBodyMember(bodyKey, user.email(), LocalDate.now(clock));
    }
}
