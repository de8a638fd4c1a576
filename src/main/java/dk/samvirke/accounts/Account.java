package dk.samvirke.accounts;

import dk.samvirke.organisations.Organisation;
import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who can sign in: e-mail, name, organisation, password hash and roles. */
@Entity
@Table(name = "account")
public class Account extends AbstractEntity implements Audited {

    private String email;
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "totp_secret")
    private String totpSecret;

    private boolean enabled = true;

    @Column(name = "last_sign_in_at")
    private LocalDateTime lastSignInAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleAssignment> roles = new ArrayList<>();

    protected Account() {
    }

    Account(String email, String name, Organisation organisation) {
        this.email = email;
        this.name = name;
        this.organisation = organisation;
    }

    void grant(Role role, Organisation scopeOrganisation, dk.samvirke.catalogue.Product scopeProduct) {
        roles.add(new RoleAssignment(this, role, scopeOrganisation, scopeProduct));
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setTotpSecret(String totpSecret) {
        this.totpSecret = totpSecret;
    }

    void signedIn(LocalDateTime at) {
        this.lastSignInAt = at;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /**
     * The account's roles become exactly these: the ones it no longer has go, new ones are added, the ones
     * it keeps stay as they are (so the history shows only what changed, and no row is deleted and re-added).
     */
    void replaceRoles(java.util.Collection<AccountManagement.ResolvedRole> wanted) {
        var wantedGrants = wanted.stream().map(AccountManagement.ResolvedRole::grant).collect(Collectors.toSet());
        roles.removeIf(r -> !wantedGrants.contains(r.grant()));
        var kept = grants();
        wanted.stream().filter(r -> !kept.contains(r.grant())).forEach(r -> grant(r.role(), r.organisation(), r.product()));
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    SignedInUser user() {
        return new SignedInUser(getId(), email, name, organisation == null ? null : organisation.getKey(), grants());
    }

    List<RoleAssignment> roleAssignments() {
        return List.copyOf(roles);
    }

    Set<Grant> grants() {
        return roles.stream().map(RoleAssignment::grant).collect(Collectors.toSet());
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public LocalDateTime getLastSignInAt() {
        return lastSignInAt;
    }

    @Override
    public String auditType() {
        return "account";
    }

    @Override
    public String auditKey() {
        return email;
    }

    @Override
    public java.util.Set<String> personalFields() {
        return java.util.Set.of("email", "name");
    }

    @Override
    public boolean auditKeyIsPersonal() {
        return true;
    }
}
