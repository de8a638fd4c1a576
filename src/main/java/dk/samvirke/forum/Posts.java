package dk.samvirke.forum;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Posts extends JpaRepository<Post, Long> {

    @Query("select p from Post p join fetch p.topic t join fetch t.category c left join fetch c.product where p.id = :id")
    Optional<Post> findWithTopic(long id);

    @Query("select p from Post p where p.topic.id = :topicId order by p.createdAt, p.id")
    List<Post> findByTopic(long topicId);

    /** By time, not by id: ids come in blocks per application node and need not follow the order of writing. */
    Optional<Post> findFirstByTopicIdOrderByCreatedAtAscIdAsc(long topicId);

    /** The newest posts anyone may read (neither they nor their topic hidden), in every category or in one. */
    @Query("select p from Post p join fetch p.topic t join fetch t.category c where p.hidden = false and t.hidden = false "
            + "and (:category is null or c.key = :category) order by p.createdAt desc, p.id desc")
    List<Post> newestVisible(String category, org.springframework.data.domain.Pageable page);

    /** When the author's posts since a moment were made, oldest first: the rate limit's window. */
    @Query("select p.createdAt from Post p where p.author.accountId = :accountId and p.createdAt > :since "
            + "order by p.createdAt")
    List<LocalDateTime> postedSince(long accountId, LocalDateTime since);
}
