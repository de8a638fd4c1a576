package dk.samvirke.catalogue;

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

/** A product (codebase) the association manages: its lifecycle, owner, licence and repository. */
@Entity
@Table(name = "product")
public class Product extends AbstractEntity implements Audited {

    @Column(name = "product_key", nullable = false, unique = true)
    private String key;

    private String name;
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Organisation owner;

    private String repository;
    private String licence;
    private String website;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    protected Product() {
    }

    public Product(String key, ProductDetails details, Organisation owner) {
        this.key = key;
        update(details, owner);
    }

    public final void update(ProductDetails details, Organisation owner) {
        this.name = details.name();
        this.summary = details.summary();
        this.owner = owner;
        this.repository = details.repository();
        this.licence = details.licence();
        this.website = details.website();
        this.adoptedOn = details.adoptedOn();
        this.retiredOn = details.retiredOn();
    }

    public ProductDetails details() {
        return new ProductDetails(name, summary, owner == null ? null : owner.getKey(), repository, licence, website,
                adoptedOn, retiredOn);
    }

    /** Managed by the association on a date: adopted (or no adoption date) and not yet retired. */
    public boolean isManagedOn(LocalDate date) {
        return Period.includes(adoptedOn, retiredOn, date);
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public Organisation getOwner() {
        return owner;
    }

    public String getRepository() {
        return repository;
    }

    public String getLicence() {
        return licence;
    }

    public String getWebsite() {
        return website;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    @Override
    public String auditType() {
        return "product";
    }

    @Override
    public String auditKey() {
        return key;
    }
}
