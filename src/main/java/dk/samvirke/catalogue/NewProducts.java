package dk.samvirke.catalogue;

import dk.samvirke.history.BulkHistory;
import dk.samvirke.shared.BulkInsert;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes many new products at once (a data package's products.csv: thousands), without Hibernate: ids from
 * {@code product_seq} as Hibernate takes them, the rows by {@link BulkInsert} (COPY on PostgreSQL), each product's
 * history entry by {@link BulkHistory}, and one {@link ProductsCreated} for them all, so that the forum makes their
 * categories in bulk too — all in the caller's transaction. The caller checks the products with
 * {@link ProductRules}, as every product is; the database's constraints still hold. A product written here has only
 * what a data package gives it (no descriptions, contacts or publiccode fields yet), and stays unmanaged: a record
 * Hibernate writes must not refer to it as it is.
 */
@Component
public class NewProducts {

    private static final List<String> COLUMNS = List.of("id", "product_key", "name", "sort_key", "summary", "owner_id",
            "repository", "licence", "website", "adopted_on", "retired_on", "version", "created_at", "updated_at");

    private final BulkInsert bulk;
    private final BulkHistory history;
    private final ApplicationEventPublisher events;

    NewProducts(BulkInsert bulk, BulkHistory history, ApplicationEventPublisher events) {
        this.bulk = bulk;
        this.history = history;
        this.events = events;
    }

    /** Inserts the products (new ones, whose owners are already written) and gives them their ids. */
    public void insert(List<Product> products) {
        if (products.isEmpty()) {
            return;
        }
        bulk.prepare("product_seq", products);
        bulk.insert("product", COLUMNS, () -> products.stream().map(p -> new Object[] {p.getId(), p.getKey(),
            p.getName(), p.getSortKey(), p.getSummary(), p.getOwner() == null ? null : p.getOwner().getId(),
            p.getRepository(), p.getLicence(), p.getWebsite(), p.getAdoptedOn(), p.getRetiredOn(), p.getVersion(),
            p.getCreatedAt(), p.getUpdatedAt()}).iterator());
        history.recordCreated(products);
        // Said here once for all; a later save of one of them must not say it again.
        products.forEach(Product::domainEventsPublished);
        events.publishEvent(new ProductsCreated(List.copyOf(products)));
    }
}
