package dk.samvirke.web.organisations;

import dk.samvirke.people.Person;
import dk.samvirke.people.PersonChange;

/** The person form as posted; {@code email} counts only when a person is added, {@code revision} as in {@link UsageForm}. */
public record PersonForm(String email, String name, String title, Long revision) {

    static PersonForm empty() {
        return new PersonForm(null, null, null, null);
    }

    static PersonForm of(Person person) {
        return new PersonForm(person.getEmail(), person.getName(), person.getTitle(), person.getVersion());
    }

    PersonForm withRevision(Long newRevision) {
        return new PersonForm(email, name, title, newRevision);
    }

    PersonChange change() {
        return new PersonChange(email, name, title);
    }
}
