package dk.samvirke.catalogue;

import java.util.List;

/**
 * Products entered the catalogue together, written in bulk by {@link NewProducts} (a data package's products.csv):
 * what {@link ProductCreated} says of one, said once for all of them, inside the writing transaction. The products are
 * the records as written (with their ids), not managed by Hibernate.
 */
public record ProductsCreated(List<Product> products) {
}
