package dk.samvirke.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * Where a product field's current value came from.
 *
 * @param source    {@code manual} (a person edited it) or {@code publiccode}
 * @param url       the repository the publiccode.yml was harvested from; null for an uploaded file or a manual edit
 * @param recordedAt when the value was set, UTC
 */
@Embeddable
public record FieldSource(
        @Column(name = "source", nullable = false) String source,
        @Column(name = "source_url") String url,
        @Column(name = "recorded_at", nullable = false) LocalDateTime recordedAt) {

    public static final String MANUAL = "manual";
    public static final String PUBLICCODE = "publiccode";

    public boolean isManual() {
        return MANUAL.equals(source);
    }

    public boolean isPubliccode() {
        return PUBLICCODE.equals(source);
    }
}
