package dk.samvirke.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one product with everything its page and the API show; lists with usage figures are the usage module's. */
@Service
@Transactional(readOnly = true)
public class ProductDirectory {

    private final Products products;

    ProductDirectory(Products products) {
        this.products = products;
    }

    public Optional<ProductView> find(String key) {
        return products.findByKey(key).map(ProductView::of);
    }

    /** Every product as a link, in Danish order (for the choices of a form). */
    public List<ProductRef> all() {
        return products.findAllRefs();
    }

    public boolean exists(String key) {
        return products.existsByKey(key);
    }
}
