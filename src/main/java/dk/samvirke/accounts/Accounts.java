package dk.samvirke.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Accounts extends JpaRepository<Account, Long> {

    @Query("select a from Account a left join fetch a.roles left join fetch a.organisation where a.email = :email")
    Optional<Account> findByEmail(String email);

    @Query("select distinct a from Account a left join fetch a.organisation order by a.email")
    List<Account> findAllWithOrganisation();
}
