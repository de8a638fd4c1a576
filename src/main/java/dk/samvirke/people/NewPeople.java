package dk.samvirke.people;

import dk.samvirke.history.BulkHistory;
import dk.samvirke.shared.BulkInsert;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes many new people at once (a data package's people.csv: tens of thousands), without Hibernate: ids from
 * {@code person_seq} as Hibernate takes them, the rows by {@link BulkInsert} (COPY on PostgreSQL), and each person's
 * history entry by {@link BulkHistory}, all in the caller's transaction. The caller checks them with
 * {@link PersonRules}, as every person is; the database's constraints (one person per address) still hold. The
 * people stay unmanaged: what refers to them is written in bulk by their ids ({@link NewParticipations}) or loads
 * them from the database first (an event's registrations).
 */
@Component
public class NewPeople {

    private static final List<String> COLUMNS = List.of("id", "email", "name", "organisation_id", "title", "version",
            "created_at", "updated_at");

    private final BulkInsert bulk;
    private final BulkHistory history;

    NewPeople(BulkInsert bulk, BulkHistory history) {
        this.bulk = bulk;
        this.history = history;
    }

    /** Inserts the people (new ones, of organisations already written) and gives them their ids. */
    public void insert(List<Person> people) {
        if (people.isEmpty()) {
            return;
        }
        bulk.prepare("person_seq", people);
        bulk.insert("person", COLUMNS, () -> people.stream().map(p -> new Object[] {p.getId(), p.getEmail(), p.getName(),
            p.getOrganisation() == null ? null : p.getOrganisation().getId(), p.getTitle(), p.getVersion(),
            p.getCreatedAt(), p.getUpdatedAt()}).iterator());
        history.recordCreated(people);
    }
}
