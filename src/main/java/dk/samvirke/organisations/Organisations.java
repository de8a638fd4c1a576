package dk.samvirke.organisations;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByKey(String key);

    @Query("select o from Organisation o left join fetch o.region left join fetch o.successor order by o.name")
    List<Organisation> findAllWithRegion();

    /**
     * The organisation for a change of its memberships or a merger: its row is locked and its version
     * raised at once, so that concurrent changes take turns and the answer's ETag is already the new one.
     */
    @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
    @Query("select o from Organisation o where o.key = :key")
    Optional<Organisation> findForChange(String key);
}
