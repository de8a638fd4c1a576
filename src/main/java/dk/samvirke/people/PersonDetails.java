package dk.samvirke.people;

/** What the registry holds about a person besides the e-mail address that identifies them. */
public record PersonDetails(String name, String organisationKey, String title) {
}
