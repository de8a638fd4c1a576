package dk.samvirke.forum;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Topics extends JpaRepository<Topic, Long> {

    @Query("select t from Topic t join fetch t.category c left join fetch c.product where t.id = :id")
    Optional<Topic> findWithCategory(long id);
}
