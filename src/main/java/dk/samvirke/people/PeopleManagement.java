package dk.samvirke.people;

import dk.samvirke.shared.FieldCheck;
import dk.samvirke.shared.InvalidFieldsException;
import dk.samvirke.shared.RecordNotFoundException;
import dk.samvirke.shared.VersionConflictException;
import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.Organisations;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, changes and removes an organisation's people, for the people allowed to (see {@link PeoplePolicy}). */
@Service
public class PeopleManagement {

    private final People people;
    private final Participations participations;
    private final Organisations organisations;
    private final PeoplePolicy policy;

    PeopleManagement(People people, Participations participations, Organisations organisations, PeoplePolicy policy) {
        this.people = people;
        this.participations = participations;
        this.organisations = organisations;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public List<Person> of(SignedInUser user, String organisationKey) {
        authorise(user, organisationKey);
        return people.findByOrganisationKey(organisationKey);
    }

    @Transactional(readOnly = true)
    public Person find(SignedInUser user, String organisationKey, String email) {
        authorise(user, organisationKey);
        return person(organisationKey, email);
    }

    /** Adds a person to the organisation; an e-mail address the registry already knows is refused, never moved. */
    @Transactional
    public Person add(SignedInUser user, String organisationKey, PersonChange change) {
        authorise(user, organisationKey);
        Organisation organisation = organisations.findByKey(organisationKey)
                .orElseThrow(() -> new PersonNotFoundException("No organisation with key '" + organisationKey + "'"));
        var check = new FieldCheck();
        String email = PersonRules.email(change.email(), check);
        var details = details(change, organisationKey, check);
        if (people.findByEmail(email).isPresent()) {
            throw new PersonExistsException(email);
        }
        return people.saveAndFlush(new Person(email, details, organisation));
    }

    /**
     * Changes name and title. {@code expectedVersion} (If-Match or a form's hidden field), when given,
     * must be the current version: otherwise someone else changed the person meanwhile.
     */
    @Transactional
    public Person update(SignedInUser user, String organisationKey, String email, PersonChange change,
            Long expectedVersion) {
        authorise(user, organisationKey);
        var person = person(organisationKey, email);
        checkVersion(person, expectedVersion);
        var details = details(change, organisationKey, new FieldCheck());
        person.update(details, person.getOrganisation());
        people.flush(); // the caller's next If-Match must carry the new version
        return person;
    }

    /** Removes the person and their participations, which mean nothing without them. */
    @Transactional
    public void remove(SignedInUser user, String organisationKey, String email, Long expectedVersion) {
        authorise(user, organisationKey);
        var person = person(organisationKey, email);
        checkVersion(person, expectedVersion);
        participations.deleteAll(participations.findByPersonId(person.getId()));
        people.delete(person);
        people.flush();
    }

    private void authorise(SignedInUser user, String organisationKey) {
        if (!policy.mayMaintain(user, organisationKey)) {
            throw new AccessDeniedException("Only the organisation's administrators may maintain its people");
        }
    }

    /** A person of another organisation is not found here: the address names the organisation it must belong to. */
    private Person person(String organisationKey, String email) {
        return people.findByEmail(Person.normaliseEmail(email))
                .filter(p -> p.getOrganisation() != null && p.getOrganisation().getKey().equals(organisationKey))
                .orElseThrow(() -> new PersonNotFoundException(
                        "No person '" + email + "' in organisation '" + organisationKey + "'"));
    }

    private static void checkVersion(Person person, Long expectedVersion) {
        if (expectedVersion != null && person.getVersion() != expectedVersion) {
            throw new PersonVersionConflictException(person.getVersion());
        }
    }

    private static PersonDetails details(PersonChange change, String organisationKey, FieldCheck check) {
        String name = PersonRules.name(change.name(), check);
        String title = PersonRules.title(change.title(), check);
        check.orThrow(PersonValidationException::new);
        return new PersonDetails(name, organisationKey, title);
    }

    public static class PersonNotFoundException extends RecordNotFoundException {
        PersonNotFoundException(String message) {
            super(message);
        }
    }

    /** The e-mail address belongs to a person already, perhaps of another organisation. */
    public static class PersonExistsException extends RuntimeException {
        PersonExistsException(String email) {
            super("A person with the e-mail address '" + email + "' is already in the registry");
        }
    }

    public static class PersonVersionConflictException extends VersionConflictException {
        PersonVersionConflictException(long currentVersion) {
            super("person", currentVersion);
        }
    }

    public static class PersonValidationException extends InvalidFieldsException {
        PersonValidationException(Map<String, String> problems) {
            super("person", problems);
        }
    }
}
