package dk.samvirke.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface People extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    @Query("select p from Person p left join fetch p.organisation order by p.name")
    List<Person> findAllWithOrganisation();

    @Query("select p from Person p join fetch p.organisation o where o.key = :organisationKey order by p.name")
    List<Person> findByOrganisationKey(String organisationKey);
}
