package dk.samvirke.people;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface People extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    /** The person, their row locked until the transaction ends: two changes of their participations take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.email = :email")
    Optional<Person> findForChange(String email);

    @Query("select p from Person p left join fetch p.organisation order by p.name")
    List<Person> findAllWithOrganisation();

    @Query("select p from Person p join fetch p.organisation o where o.key = :organisationKey order by p.name")
    List<Person> findByOrganisationKey(String organisationKey);
}
