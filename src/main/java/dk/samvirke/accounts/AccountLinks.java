package dk.samvirke.accounts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface AccountLinks extends JpaRepository<AccountLink, Long> {

    /** Locked: two clicks on the same link at once must not both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AccountLink l join fetch l.account where l.tokenHash = :hash")
    Optional<AccountLink> findByHashForUpdate(String hash);

    /** For looking only: a read-only transaction may not lock (PostgreSQL refuses SELECT … FOR UPDATE in one). */
    @Query("select l from AccountLink l where l.tokenHash = :hash")
    Optional<AccountLink> findByHash(String hash);

    /** A new link of a kind ends the unused ones sent before it: only the newest e-mail's link works. */
    @Modifying
    @Query("update AccountLink l set l.usedAt = :now where l.account = :account and l.purpose = :purpose and l.usedAt is null")
    void endUnused(Account account, AccountLink.Purpose purpose, java.time.LocalDateTime now);

    @Modifying
    @Query("delete from AccountLink l where l.account = :account")
    void deleteByAccount(Account account);
}
