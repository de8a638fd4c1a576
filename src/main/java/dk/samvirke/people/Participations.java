package dk.samvirke.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Participations extends JpaRepository<Participation, Long> {

    @Query("select pa from Participation pa join fetch pa.person pe left join fetch pe.organisation left join fetch pa.product")
    List<Participation> findAllWithPersonAndProduct();

    /** Every participation as a light row: for an import, which needs no entity of those it leaves unchanged. */
    @Query("select new dk.samvirke.people.ParticipationKeys(pa.id, pe.email, pr.key, pa.role, pa.allocation, pa.since,"
            + " pa.until, pa.bodyKey, pa.chair) from Participation pa join pa.person pe left join pa.product pr")
    List<ParticipationKeys> findAllKeys();

    @Query("select pa from Participation pa join fetch pa.person pe left join fetch pe.organisation"
            + " where pa.product.key = :productKey order by pe.name")
    List<Participation> findByProductKey(String productKey);

    @Query("select pa from Participation pa join fetch pa.person pe left join fetch pa.product"
            + " where pe.email = :email order by pa.since")
    List<Participation> findByPersonEmail(String email);

    @Query("select pa from Participation pa join fetch pa.person pe left join fetch pa.product"
            + " where pe.organisation.key = :organisationKey order by pe.name")
    List<Participation> findByOrganisationKey(String organisationKey);

    @Query("select pa from Participation pa where pa.person.id = :personId")
    List<Participation> findByPersonId(Long personId);
}
