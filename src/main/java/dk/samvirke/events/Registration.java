package dk.samvirke.events;

import dk.samvirke.people.Person;
import dk.samvirke.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One person's sign-up for one event: registered, on the waiting list, cancelled, attended or absent. */
@Entity
@Table(name = "event_registration")
public class Registration extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private RegistrationStatus status;

    /** Local date-time in Europe/Copenhagen: the waiting list's order. */
    @Column(name = "registered_at")
    private LocalDateTime registeredAt;

    private String language;

    protected Registration() {
    }

    Registration(Event event, Person person, RegistrationStatus status, LocalDateTime registeredAt, String language) {
        this.event = event;
        this.person = person;
        this.status = status;
        this.registeredAt = registeredAt;
        this.language = language == null ? "da" : language;
    }

    void again(RegistrationStatus status, LocalDateTime registeredAt, String language) {
        this.status = status;
        this.registeredAt = registeredAt;
        if (language != null) {
            this.language = language;
        }
    }

    void setStatus(RegistrationStatus status) {
        this.status = status;
    }

    void setRegisteredAt(LocalDateTime registeredAt) {
        this.registeredAt = registeredAt;
    }

    public Event getEvent() {
        return event;
    }

    public Person getPerson() {
        return person;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public String getLanguage() {
        return language;
    }
}
