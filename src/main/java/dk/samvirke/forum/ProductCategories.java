package dk.samvirke.forum;

import dk.samvirke.catalogue.ProductCreated;
import dk.samvirke.catalogue.ProductsCreated;
import dk.samvirke.catalogue.Products;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every product has its forum category. Made in the transaction that saves the product (its
 * {@link ProductCreated} event is published inside it), so product and category commit or roll back
 * together; at start-up, any product without one gets it (products from before the forum existed, or
 * saved by a way that publishes no event).
 */
@Component
class ProductCategories {

    private static final Logger log = LoggerFactory.getLogger(ProductCategories.class);

    private final ForumCategories categories;
    private final Products products;
    private final NewForumCategories newCategories;

    ProductCategories(ForumCategories categories, Products products, NewForumCategories newCategories) {
        this.categories = categories;
        this.products = products;
        this.newCategories = newCategories;
    }

    @EventListener
    void productCreated(ProductCreated event) {
        // No query for an existing category: the event comes once per new product, and a query would flush
        // an import's pending inserts once per product. The unique key on product_id is the backstop.
        products.findById(event.productId()).ifPresent(product -> categories.save(new ForumCategory(product)));
    }

    /** Products written in bulk (a data package's) get their categories in bulk, in the same transaction. */
    @EventListener
    void productsCreated(ProductsCreated event) {
        newCategories.insert(event.products().stream().map(ForumCategory::new).toList());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createMissing() {
        var missing = categories.productsWithoutCategory();
        if (!missing.isEmpty()) {
            products.findAllById(missing).forEach(product -> categories.save(new ForumCategory(product)));
            log.info("Made forum categories for {} products that had none", missing.size());
        }
    }
}
