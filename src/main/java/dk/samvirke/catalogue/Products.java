package dk.samvirke.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Products extends JpaRepository<Product, Long> {

    Optional<Product> findByKey(String key);

    boolean existsByKey(String key);

    @Query("select new dk.samvirke.catalogue.ProductRef(p.key, p.name) from Product p order by p.sortKey, p.name, p.key")
    List<ProductRef> findAllRefs();

    @Query("select p from Product p left join fetch p.owner order by p.name")
    List<Product> findAllWithOwner();

    /** With owner and descriptions in one query: the public catalogue reads every product. */
    @Query("select distinct p from Product p left join fetch p.owner left join fetch p.descriptions order by p.name")
    List<Product> findAllForCatalogue();

    @Query("select p from Product p left join fetch p.owner order by p.updatedAt desc")
    List<Product> findAllByOrderByUpdatedAtDesc(org.springframework.data.domain.Pageable page);
}
