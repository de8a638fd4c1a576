package dk.samvirke.people;

import dk.samvirke.organisations.Organisation;
import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/** A person who takes part in the community, identified by e-mail address (compared case-insensitively). */
@Entity
@Table(name = "person")
public class Person extends AbstractEntity implements Audited {

    private String email;
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String title;

    protected Person() {
    }

    public Person(String email, PersonDetails details, Organisation organisation) {
        this.email = normaliseEmail(email);
        update(details, organisation);
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public final void update(PersonDetails details, Organisation organisation) {
        this.name = details.name();
        this.organisation = organisation;
        this.title = details.title();
    }

    public PersonDetails details() {
        return new PersonDetails(name, organisation == null ? null : organisation.getKey(), title);
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String auditType() {
        return "person";
    }

    @Override
    public String auditKey() {
        return email;
    }

    @Override
    public java.util.Set<String> personalFields() {
        return java.util.Set.of("email", "name", "title");
    }

    @Override
    public boolean auditKeyIsPersonal() {
        return true;
    }
}
