package dk.samvirke.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByKey(String key);

    @Query("select o from Organisation o left join fetch o.region order by o.name")
    List<Organisation> findAllWithRegion();
}
