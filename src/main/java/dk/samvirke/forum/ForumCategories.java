package dk.samvirke.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ForumCategories extends JpaRepository<ForumCategory, Long> {

    @Query("select c from ForumCategory c left join fetch c.product where c.key = :key")
    Optional<ForumCategory> findByKey(String key);

    /** Association-wide first, in their set order; then the products by name. */
    @Query("select c from ForumCategory c left join fetch c.product p order by c.position, lower(p.name), c.key")
    List<ForumCategory> findAllInOrder();

    @Query("select p.id from dk.samvirke.catalogue.Product p where not exists "
            + "(select c from ForumCategory c where c.product = p)")
    List<Long> productsWithoutCategory();
}
