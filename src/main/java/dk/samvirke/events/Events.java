package dk.samvirke.events;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Events extends JpaRepository<Event, Long> {

    @Query("select e from Event e left join fetch e.product where e.key = :key")
    Optional<Event> findByKey(String key);

    /**
     * The event, its row locked ({@code SELECT … FOR UPDATE}) until the transaction ends: every change of
     * who holds a seat takes its turn, so there are never more registered than seats.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.key = :key")
    Optional<Event> findForChange(String key);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> findForChange(long id);

    boolean existsByKey(String key);

    @Query("select e from Event e left join fetch e.product order by e.key")
    List<Event> findAllWithProduct();
}
