package dk.samvirke.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A named API token of an account. Only its SHA-256 is stored: the token itself is shown once. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    /** The first characters, so the owner can tell tokens apart without the secret part. */
    @Column(name = "token_prefix")
    private String tokenPrefix;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    ApiToken(Account account, String name, String tokenHash, String tokenPrefix, LocalDateTime createdAt) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = createdAt;
    }

    void used(LocalDateTime at) {
        this.lastUsedAt = at;
    }

    void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            this.revokedAt = at;
        }
    }

    boolean isActive() {
        return revokedAt == null;
    }

    Account getAccount() {
        return account;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
