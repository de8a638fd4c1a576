package dk.samvirke.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PubliccodeConflicts extends JpaRepository<PubliccodeConflict, Long> {

    Optional<PubliccodeConflict> findByProductAndRepositoryUrl(Product product, String repositoryUrl);

    @Query("select c from PubliccodeConflict c where c.product.key = ?1 and c.state = 'open' order by c.foundAt, c.id")
    List<PubliccodeConflict> findOpen(String productKey);
}
