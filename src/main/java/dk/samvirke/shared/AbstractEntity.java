package dk.samvirke.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Identity, optimistic-lock version and timestamps shared by every registry record. */
@MappedSuperclass
public abstract class AbstractEntity {

    /**
     * From a pooled sequence per table ({@code <entity>_seq}, increment 50): Hibernate can then send
     * inserts in JDBC batches, which identity columns rule out, and a large import stays fast.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    /** Optimistic lock: two concurrent edits of one record never overwrite each other silently. */
    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    @PrePersist
    void onCreate() {
        createdAt = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        updatedAt = createdAt;
    }

    /**
     * What persisting the record would set, for a record written without Hibernate ({@link BulkInsert#prepare}): its
     * id from the table's pooled sequence and its timestamps.
     */
    void assignForBulkInsert(long id) {
        this.id = id;
        onCreate();
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }
}
