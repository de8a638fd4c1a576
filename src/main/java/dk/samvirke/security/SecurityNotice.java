package dk.samvirke.security;

import dk.samvirke.catalogue.Product;
import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** A published security notice; every change is in the history ({@link Audited}). */
@Entity
@Table(name = "security_notice")
public class SecurityNotice extends AbstractEntity implements Audited {

    @Column(name = "notice_key")
    private String noticeKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String title;
    private Severity severity;

    @Column(name = "affected_range")
    private String affectedRange;

    @Column(name = "fixed_version")
    private String fixedVersion;

    private String aliases;
    private String description;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    protected SecurityNotice() {
    }

    SecurityNotice(Product product, NoticeDetails details, LocalDateTime publishedAt, String publishedBy) {
        this.product = product;
        this.publishedAt = publishedAt;
        this.publishedOn = publishedAt.toLocalDate();
        this.publishedBy = publishedBy;
        update(details);
    }

    /** A notice imported from a data package keeps the key it had there. */
    SecurityNotice(Product product, NoticeDetails details, String key, LocalDate publishedOn) {
        this(product, details, publishedOn.atStartOfDay(), "import");
        this.noticeKey = key;
    }

    /** Its key in data packages and OSV: {@code SAMVIRKE-{id}}, or the key it was imported with. */
    public String getKey() {
        return noticeKey != null ? noticeKey : OsvDocument.id(getId());
    }

    final void update(NoticeDetails details) {
        this.title = details.title();
        this.severity = details.severity();
        this.affectedRange = details.affected().toString();
        this.fixedVersion = details.fixed() == null ? null : details.fixed().toString();
        this.description = details.description();
        this.aliases = details.aliases().isEmpty() ? null : String.join(" ", details.aliases());
    }

    public Product getProduct() {
        return product;
    }

    public String getTitle() {
        return title;
    }

    public Severity getSeverity() {
        return severity;
    }

    public VersionRange getAffected() {
        return VersionRange.parse(affectedRange);
    }

    public String getAffectedRange() {
        return affectedRange;
    }

    public String getFixedVersion() {
        return fixedVersion;
    }

    public List<String> getAliases() {
        return aliases == null || aliases.isBlank() ? List.of() : Arrays.asList(aliases.split(" "));
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    @Override
    public String auditType() {
        return "security-notice";
    }

    @Override
    public String auditKey() {
        return product.getKey() + "/" + getId();
    }
}
