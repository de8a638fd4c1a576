package dk.samvirke.catalogue;

import dk.samvirke.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A harvested publiccode.yml whose name and url both differ from the product's: it describes
 * another product, so nothing of it is applied until one of the product's managers decides.
 */
@Entity
@Table(name = "product_publiccode_conflict")
class PubliccodeConflict extends AbstractEntity {

    static final String OPEN = "open";
    static final String KEPT = "kept";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "repository_url", nullable = false)
    private String repositoryUrl;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_url")
    private String fileUrl;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private String state;

    @Column(name = "found_at", nullable = false)
    private LocalDateTime foundAt;

    protected PubliccodeConflict() {
    }

    PubliccodeConflict(Product product, String repositoryUrl) {
        this.product = product;
        this.repositoryUrl = repositoryUrl;
    }

    /** The file found again or anew: open, unless it names what the managers already chose to keep out. */
    void found(String name, String url, byte[] file, LocalDateTime at) {
        boolean sameAsKept = KEPT.equals(state) && Objects.equals(fileName, name) && Objects.equals(fileUrl, url);
        this.content = new String(file, StandardCharsets.UTF_8);
        this.foundAt = at;
        if (!sameAsKept) {
            this.fileName = name;
            this.fileUrl = url;
            this.state = OPEN;
        }
    }

    void keep() {
        this.state = KEPT;
    }

    boolean isOpen() {
        return OPEN.equals(state);
    }

    Product getProduct() {
        return product;
    }

    String getRepositoryUrl() {
        return repositoryUrl;
    }

    String getFileName() {
        return fileName;
    }

    String getFileUrl() {
        return fileUrl;
    }

    byte[] content() {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    LocalDateTime getFoundAt() {
        return foundAt;
    }
}
