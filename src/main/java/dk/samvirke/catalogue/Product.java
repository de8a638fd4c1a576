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
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

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

    /** Set when made here, never when loaded: {@link ProductCreated} goes out once, when first saved. */
    @Transient
    private boolean created;

    protected Product() {
    }

    public Product(String key, ProductDetails details, Organisation owner) {
        this.key = key;
        this.created = true;
        update(details, owner);
    }

    /** Spring Data publishes these on {@code save} and {@code saveAll}, after the id is assigned. */
    @DomainEvents
    Collection<ProductCreated> domainEvents() {
        return created ? List.of(new ProductCreated(getId(), key)) : List.of();
    }

    @AfterDomainEventPublication
    void domainEventsPublished() {
        created = false;
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
