package dk.samvirke.people;

import java.util.List;

/**
 * A person recorded as taking part in a product, with every role they have held in it. The e-mail is
 * there so other modules can match the person (to harvested commit authors); never show it publicly.
 */
public record RecordedParticipant(String email, String name, String organisationKey, List<String> roles) {
}
