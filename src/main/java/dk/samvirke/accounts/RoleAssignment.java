package dk.samvirke.accounts;

import dk.samvirke.catalogue.Product;
import dk.samvirke.organisations.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "account_role")
class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    protected RoleAssignment() {
    }

    RoleAssignment(Account account, Role role, Organisation organisation, Product product) {
        this.account = account;
        this.role = role;
        this.organisation = organisation;
        this.product = product;
    }

    Role getRole() {
        return role;
    }

    Organisation getOrganisation() {
        return organisation;
    }

    Product getProduct() {
        return product;
    }

    Grant grant() {
        return new Grant(role, organisation == null ? null : organisation.getKey(), product == null ? null : product.getKey());
    }
}
