package dk.samvirke.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Products extends JpaRepository<Product, Long> {

    Optional<Product> findByKey(String key);

    @Query("select p from Product p left join fetch p.owner order by p.name")
    List<Product> findAllWithOwner();
}
