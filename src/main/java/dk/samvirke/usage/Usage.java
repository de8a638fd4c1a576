package dk.samvirke.usage;

import dk.samvirke.catalogue.Product;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import dk.samvirke.shared.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One organisation's use of one product: a verified record with status, version and period. */
@Entity
@Table(name = "product_usage")
public class Usage extends AbstractEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private UsageStatus status;
    private LocalDate since;
    private LocalDate until;

    @Column(name = "product_version")
    private String productVersion;

    @Column(name = "contact_email")
    private String contactEmail;

    protected Usage() {
    }

    public Usage(Organisation organisation, Product product, UsageDetails details) {
        this.organisation = organisation;
        this.product = product;
        update(details);
    }

    public final void update(UsageDetails details) {
        this.status = details.status();
        this.since = details.since();
        this.until = details.until();
        this.productVersion = details.version();
        this.contactEmail = details.contactEmail();
    }

    public UsageDetails details() {
        return new UsageDetails(status, since, until, productVersion, contactEmail);
    }

    /** Active on a date: pilot or production, and the date within [since, until). */
    public boolean isActiveOn(LocalDate date) {
        return status.isInUse() && Period.includes(since, until, date);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Product getProduct() {
        return product;
    }

    public UsageStatus getStatus() {
        return status;
    }

    public LocalDate getSince() {
        return since;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getProductVersion() {
        return productVersion;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    @Override
    public String auditType() {
        return "usage";
    }

    @Override
    public String auditKey() {
        return organisation.getKey() + "/" + product.getKey();
    }

    @Override
    public java.util.Set<String> personalFields() {
        return java.util.Set.of("contactEmail");
    }
}
