package dk.samvirke.people;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A participation as a light row, without its entity: its id, what identifies it and what an import compares. What
 * an import needs of the participations already in the database; the changed ones alone are loaded as entities.
 */
public record ParticipationKeys(long id, ParticipationRules.Key key, ParticipationDetails details, String bodyKey,
        boolean chair) {

    /** For the query in {@link Participations#findAllKeys()}. */
    public ParticipationKeys(Long id, String email, String productKey, ParticipationRole role, BigDecimal allocation,
            LocalDate since, LocalDate until, String bodyKey, Boolean chair) {
        this(id, new ParticipationRules.Key(email, productKey, role, since), new ParticipationDetails(allocation, since,
                until), bodyKey, chair);
    }

    /** The same participation with other details and body seat, as an import leaves it. */
    public ParticipationKeys with(ParticipationDetails details, String bodyKey, boolean chair) {
        return new ParticipationKeys(id, new ParticipationRules.Key(key.email(), key.productKey(), key.role(),
                details.since()), details, bodyKey, bodyKey != null && chair);
    }
}
