package dk.samvirke.people;

/**
 * A request to add or change a person, as a form or the API sends it. It names no organisation and
 * no id on purpose: the organisation comes from the address the request was sent to, so a body can
 * neither move a person nor re-key one. {@code email} is read only when a person is added.
 */
public record PersonChange(String email, String name, String title) {
}
