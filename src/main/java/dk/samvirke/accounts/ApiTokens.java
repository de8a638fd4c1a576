package dk.samvirke.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

    @Query("select t from ApiToken t join fetch t.account a left join fetch a.roles where t.tokenHash = :hash")
    Optional<ApiToken> findByHash(String hash);

    @Query("select t from ApiToken t where t.account.email = :email order by t.createdAt desc")
    List<ApiToken> findByAccountEmail(String email);
}
