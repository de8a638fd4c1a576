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

/** A single-use, short-lived link sent by e-mail: an invitation or a password reset. */
@Entity
@Table(name = "account_link")
class AccountLink {

    enum Purpose {
        INVITATION, PASSWORD_RESET;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class PurposeConverter implements jakarta.persistence.AttributeConverter<Purpose, String> {
        @Override
        public String convertToDatabaseColumn(Purpose purpose) {
            return purpose == null ? null : purpose.code();
        }

        @Override
        public Purpose convertToEntityAttribute(String code) {
            return code == null ? null : Purpose.valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected AccountLink() {
    }

    AccountLink(Account account, Purpose purpose, String tokenHash, LocalDateTime expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Purpose expected, LocalDateTime now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    void use(LocalDateTime at) {
        this.usedAt = at;
    }

    Account getAccount() {
        return account;
    }
}
