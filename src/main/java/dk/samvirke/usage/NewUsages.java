package dk.samvirke.usage;

import dk.samvirke.history.BulkHistory;
import dk.samvirke.shared.BulkInsert;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes many new usages at once (a data package's usages.csv: hundreds of thousands), without Hibernate: ids from
 * {@code product_usage_seq} as Hibernate takes them, the rows by {@link BulkInsert} (COPY on PostgreSQL), and each
 * usage's history entry by {@link BulkHistory}, all in the caller's transaction. The usages are checked by the
 * caller with {@link UsageRules}, as every usage is; nothing here checks them again, and the database's constraints
 * (one usage per organisation and product, the status) still hold. The usages stay unmanaged: for records nothing
 * in the transaction changes after.
 */
@Component
public class NewUsages {

    private static final List<String> COLUMNS = List.of("id", "organisation_id", "product_id", "status", "since",
            "until", "product_version", "contact_email", "version", "created_at", "updated_at");

    private final BulkInsert bulk;
    private final BulkHistory history;

    NewUsages(BulkInsert bulk, BulkHistory history) {
        this.bulk = bulk;
        this.history = history;
    }

    /** Inserts the usages (new ones, of organisations and products already written) and gives them their ids. */
    public void insert(List<Usage> usages) {
        bulk.prepare("product_usage_seq", usages);
        bulk.insert("product_usage", COLUMNS, () -> usages.stream().map(u -> new Object[] {u.getId(),
            u.getOrganisation().getId(), u.getProduct().getId(), u.getStatus().code(), u.getSince(), u.getUntil(),
            u.getProductVersion(), u.getContactEmail(), u.getVersion(), u.getCreatedAt(), u.getUpdatedAt()}).iterator());
        history.recordCreated(usages);
    }
}
