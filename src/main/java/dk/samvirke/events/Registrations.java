package dk.samvirke.events;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Registrations extends JpaRepository<Registration, Long> {

    @Query("select r from Registration r join fetch r.person p where r.event = :event and p.email = :email")
    Optional<Registration> find(Event event, String email);

    @Query("select r from Registration r where r.event = :event and r.person = :person")
    Optional<Registration> find(Event event, dk.samvirke.people.Person person);

    @Query("select r from Registration r join fetch r.person p left join fetch p.organisation where r.event = :event"
            + " order by r.registeredAt, r.id")
    List<Registration> ofEvent(Event event);

    @Query("select count(r) from Registration r where r.event = :event and r.status in :statuses")
    long count(Event event, List<RegistrationStatus> statuses);

    @Query("select r from Registration r join fetch r.person where r.event = :event"
            + " and r.status = dk.samvirke.events.RegistrationStatus.WAITING order by r.registeredAt, r.id")
    List<Registration> waiting(Event event);

    @Query("select max(r.registeredAt) from Registration r where r.event = :event")
    Optional<java.time.LocalDateTime> latest(Event event);

    @Query("select r from Registration r join fetch r.event e join fetch r.person p left join fetch p.organisation"
            + " order by e.key, p.email")
    List<Registration> findAllForExport();
}
