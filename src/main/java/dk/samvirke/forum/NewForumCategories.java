package dk.samvirke.forum;

import dk.samvirke.history.BulkHistory;
import dk.samvirke.shared.BulkInsert;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes the categories of many new products at once (a data package's products, {@code ProductsCreated}), as
 * {@code catalogue.NewProducts} writes the products: ids from {@code forum_category_seq} as Hibernate takes them, the
 * rows by {@link BulkInsert}, each category's history entry by {@link BulkHistory}, in the caller's transaction.
 */
@Component
class NewForumCategories {

    private static final List<String> COLUMNS = List.of("id", "category_key", "product_id", "name_da", "name_en",
            "description_da", "description_en", "position", "restricted", "version", "created_at", "updated_at");

    private final BulkInsert bulk;
    private final BulkHistory history;

    NewForumCategories(BulkInsert bulk, BulkHistory history) {
        this.bulk = bulk;
        this.history = history;
    }

    void insert(List<ForumCategory> categories) {
        if (categories.isEmpty()) {
            return;
        }
        bulk.prepare("forum_category_seq", categories);
        bulk.insert("forum_category", COLUMNS, () -> categories.stream().map(c -> new Object[] {c.getId(), c.getKey(),
            c.getProduct().getId(), c.getNameDa(), c.getNameEn(), c.getDescriptionDa(), c.getDescriptionEn(),
            c.getPosition(), c.isRestricted(), c.getVersion(), c.getCreatedAt(), c.getUpdatedAt()}).iterator());
        history.recordCreated(categories);
    }
}
