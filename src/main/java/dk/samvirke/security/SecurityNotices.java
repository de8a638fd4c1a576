package dk.samvirke.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SecurityNotices extends JpaRepository<SecurityNotice, Long> {

    @Query("select n from SecurityNotice n join fetch n.product where n.id = :id")
    Optional<SecurityNotice> findWithProduct(long id);

    @Query("select n from SecurityNotice n join fetch n.product order by n.id")
    java.util.List<SecurityNotice> findAllWithProduct();

    @Query("select n from SecurityNotice n join fetch n.product where n.noticeKey = :key")
    Optional<SecurityNotice> findByImportedKey(String key);

    @Query("select n.id from SecurityNotice n where n.product.key = :productKey order by n.id")
    java.util.List<Long> idsOfProduct(String productKey);
}
