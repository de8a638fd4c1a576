package dk.samvirke.usage;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Usages extends JpaRepository<Usage, Long> {

    @Query("select u from Usage u join fetch u.organisation join fetch u.product")
    List<Usage> findAllWithOrganisationAndProduct();

    /** Every usage as a light row: for an import, which needs no entity of the usages it leaves unchanged. */
    @Query("select new dk.samvirke.usage.UsageKeys(u.id, o.key, p.key, u.status, u.since, u.until, u.productVersion,"
            + " u.contactEmail) from Usage u join u.organisation o join u.product p")
    List<UsageKeys> findAllKeys();

    @Query("select u from Usage u join fetch u.organisation o where u.product.key = :productKey order by o.name")
    List<Usage> findByProductKey(String productKey);

    @Query("select u from Usage u join fetch u.product p where u.organisation.key = :organisationKey order by p.name")
    List<Usage> findByOrganisationKey(String organisationKey);

    @Query("select u from Usage u where u.organisation.key = :organisationKey and u.product.key = :productKey")
    Optional<Usage> findByKeys(String organisationKey, String productKey);
}
