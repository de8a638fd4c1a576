package dk.samvirke.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publiccode.yml a product last imported, every key as read, so that its export gives the file
 * back rather than the few fields the product shows. Not kept in the history (a whole file per change).
 */
@Entity
@Table(name = "product_publiccode")
class PubliccodeFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Column(name = "file_values", nullable = false)
    private String values;

    @Column(name = "source_url")
    private String sourceUrl;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    protected PubliccodeFile() {
    }

    PubliccodeFile(Long productId) {
        this.productId = productId;
    }

    /** Keeps the file; the same file from the same place again changes nothing (an unchanged harvest writes nothing). */
    void replace(Map<String, Object> values, FieldSource source) {
        String json = JSON.writeValueAsString(values);
        if (!json.equals(this.values) || !java.util.Objects.equals(sourceUrl, source.url())) {
            this.values = json;
            this.sourceUrl = source.url();
            this.importedAt = source.recordedAt();
        }
    }

    Long productId() {
        return productId;
    }

    LocalDateTime importedAt() {
        return importedAt;
    }

    /** A fresh, changeable copy of the file's keys in their order. */
    Map<String, Object> values() {
        return JSON.readValue(values, new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }
}
