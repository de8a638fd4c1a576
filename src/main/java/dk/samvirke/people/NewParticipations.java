package dk.samvirke.people;

import dk.samvirke.history.BulkHistory;
import dk.samvirke.shared.BulkInsert;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes many new participations at once (a data package's participations.csv), without Hibernate: ids from
 * {@code participation_seq} as Hibernate takes them, the rows by {@link BulkInsert} (COPY on PostgreSQL), and each
 * one's history entry by {@link BulkHistory}, all in the caller's transaction. The caller checks them with
 * {@link ParticipationRules}, as every participation is checked; the database's constraints still hold. The
 * participations stay unmanaged: for records nothing in the transaction changes after.
 */
@Component
public class NewParticipations {

    private static final List<String> COLUMNS = List.of("id", "person_id", "product_id", "role", "allocation", "since",
            "until", "body_key", "chair", "version", "created_at", "updated_at");

    private final BulkInsert bulk;
    private final BulkHistory history;

    NewParticipations(BulkInsert bulk, BulkHistory history) {
        this.bulk = bulk;
        this.history = history;
    }

    /** Inserts the participations (new ones, of people and products already written) and gives them their ids. */
    public void insert(List<Participation> participations) {
        bulk.prepare("participation_seq", participations);
        bulk.insert("participation", COLUMNS, () -> participations.stream().map(p -> new Object[] {p.getId(),
            p.getPerson().getId(), p.getProduct() == null ? null : p.getProduct().getId(), p.getRole().code(),
            p.getAllocation(), p.getSince(), p.getUntil(), p.getBodyKey(), p.isChair(), p.getVersion(),
            p.getCreatedAt(), p.getUpdatedAt()}).iterator());
        history.recordCreated(participations);
    }
}
