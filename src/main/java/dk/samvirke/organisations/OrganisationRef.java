package dk.samvirke.organisations;

/** An organisation as a link: its key and its name. */
public record OrganisationRef(String key, String name) {
}
