package dk.samvirke.catalogue;

import dk.samvirke.organisations.Organisation;
import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import dk.samvirke.shared.Period;
import dk.samvirke.shared.SortKeys;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Collection;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/** A product (codebase) the association manages: its lifecycle, owner, licence and repository. */
@Entity
@Table(name = "product")
public class Product extends AbstractEntity implements Audited {

    @Column(name = "product_key", nullable = false, unique = true)
    private String key;

    private String name;

    @Column(name = "sort_key")
    private String sortKey;

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

    @Column(name = "development_status")
    private String developmentStatus;

    @Column(name = "software_type")
    private String softwareType;

    @Column(name = "maintenance_type")
    private String maintenanceType;

    /** One per line (see {@link Lines}). */
    private String categories;

    /** One per line (see {@link Lines}). */
    private String platforms;

    private String logo;

    @Column(name = "release_version")
    private String releaseVersion;

    @Column(name = "release_date")
    private LocalDate releaseDate;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("language")
    private List<ProductDescription> descriptions = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, listOrder")
    private List<ProductContact> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_field_source", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "field")
    private Map<String, FieldSource> sources = new HashMap<>();
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
        setName(details.name());
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

    // --- publiccode.yml's fields (set by the catalogue's import; a person's edits go through update)

    void setDevelopmentStatus(String developmentStatus) {
        this.developmentStatus = developmentStatus;
    }

    void setSoftwareType(String softwareType) {
        this.softwareType = softwareType;
    }

    void setCategories(List<String> categories) {
        this.categories = Lines.join(categories);
    }

    void setPlatforms(List<String> platforms) {
        this.platforms = Lines.join(platforms);
    }

    void setLogo(String logo) {
        this.logo = logo;
    }

    void setRelease(String version, LocalDate date) {
        this.releaseVersion = version;
        this.releaseDate = date;
    }

    void setName(String name) {
        this.name = name;
        this.sortKey = SortKeys.danish(name);
    }

    void setSummary(String summary) {
        this.summary = summary;
    }

    void setWebsite(String website) {
        this.website = website;
    }

    void setRepository(String repository) {
        this.repository = repository;
    }

    void setLicence(String licence) {
        this.licence = licence;
    }

    void setLifecycle(LocalDate adoptedOn, LocalDate retiredOn) {
        this.adoptedOn = adoptedOn;
        this.retiredOn = retiredOn;
    }

    /** Replaces the maintenance type and its contacts and contractors. */
    void setMaintenance(String type, List<ProductContact> newContacts) {
        this.maintenanceType = type;
        this.contacts.clear();
        this.contacts.addAll(newContacts);
    }

    /** The description in a language, created when there is none yet. */
    ProductDescription description(String language) {
        return descriptionIn(language).orElseGet(() -> {
            var description = new ProductDescription(this, language);
            descriptions.add(description);
            return description;
        });
    }

    void removeDescription(String language) {
        descriptions.removeIf(d -> d.getLanguage().equals(language));
    }

    void recordSource(String field, FieldSource source) {
        sources.put(field, source);
    }

    public Optional<ProductDescription> descriptionIn(String language) {
        return descriptions.stream().filter(d -> d.getLanguage().equals(language)).findFirst();
    }

    public List<ProductDescription> getDescriptions() {
        return Collections.unmodifiableList(descriptions);
    }

    public List<ProductContact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    /** Field name (see {@link ProductField}) → where its value came from; fields never imported or edited are absent. */
    public Map<String, FieldSource> getSources() {
        return Collections.unmodifiableMap(sources);
    }

    public Optional<FieldSource> sourceOf(String field) {
        return Optional.ofNullable(sources.get(field));
    }

    public String getDevelopmentStatus() {
        return developmentStatus;
    }

    public String getSoftwareType() {
        return softwareType;
    }

    public String getMaintenanceType() {
        return maintenanceType;
    }

    public List<String> getCategories() {
        return Lines.split(categories);
    }

    public List<String> getPlatforms() {
        return Lines.split(platforms);
    }

    public String getLogo() {
        return logo;
    }

    public String getReleaseVersion() {
        return releaseVersion;
    }

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    String getSortKey() {
        return sortKey;
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
