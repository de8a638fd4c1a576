package dk.samvirke.web.catalogue;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.usage.Usages;
import dk.samvirke.web.DanishOrder;
import dk.samvirke.web.Pagination;
import dk.samvirke.web.catalogue.CataloguePage.Option;
import dk.samvirke.web.catalogue.CataloguePage.ProductRow;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the catalogue. The registry holds tens of products and hundreds of usages, so filtering
 * and counting in memory after two fetches is simpler than dynamic SQL and just as fast.
 */
@Component
public class CatalogueQuery {

    static final int PAGE_SIZE = 10;

    private final Products products;
    private final Usages usages;

    CatalogueQuery(Products products, Usages usages) {
        this.products = products;
        this.usages = usages;
    }

    @Transactional(readOnly = true)
    public CataloguePage search(CatalogueCriteria criteria, LocalDate today) {
        List<ProductRow> all = rows(today);
        List<ProductRow> matching = all.stream()
                .filter(p -> criteria.matchesText(p.name(), p.summary()))
                .filter(p -> criteria.owner() == null || criteria.owner().equals(p.ownerKey()))
                .filter(p -> criteria.licence() == null || criteria.licence().equals(p.licence()))
                .filter(p -> criteria.inUse() == null || p.inUse() == "yes".equals(criteria.inUse()))
                .sorted(order(criteria.sort()))
                .toList();
        var pagination = Pagination.of(criteria.page(), PAGE_SIZE, matching.size(), criteria::hrefOfPage);
        int from = pagination.offset(PAGE_SIZE);
        var page = matching.subList(Math.min(from, matching.size()), Math.min(from + PAGE_SIZE, matching.size()));
        return new CataloguePage(criteria, page, pagination, owners(all), licences(all));
    }

    /** The products with most users today, for the front page. */
    @Transactional(readOnly = true)
    public List<ProductRow> mostUsed(LocalDate today, int count) {
        return rows(today).stream().filter(ProductRow::inUse).sorted(order("users")).limit(count).toList();
    }

    private List<ProductRow> rows(LocalDate today) {
        Map<Long, Long> users = usages.findAllWithOrganisationAndProduct().stream()
                .filter(u -> u.isActiveOn(today))
                .collect(Collectors.groupingBy(u -> u.getProduct().getId(),
                        Collectors.mapping(u -> u.getOrganisation().getId(), Collectors.collectingAndThen(
                                Collectors.toSet(), s -> (long) s.size()))));
        return products.findAllWithOwner().stream().map(p -> row(p, users.getOrDefault(p.getId(), 0L).intValue()))
                .toList();
    }

    private static ProductRow row(Product product, int users) {
        var owner = product.getOwner();
        return new ProductRow(product.getKey(), product.getName(), product.getSummary(),
                owner == null ? null : owner.getKey(), owner == null ? null : owner.getName(),
                product.getLicence(), users);
    }

    private static Comparator<ProductRow> order(String sort) {
        Comparator<ProductRow> byName = DanishOrder.by(ProductRow::name);
        return "users".equals(sort)
                ? Comparator.comparingInt(ProductRow::users).reversed().thenComparing(byName)
                : byName;
    }

    private static List<Option> owners(List<ProductRow> rows) {
        return rows.stream().filter(r -> r.ownerKey() != null)
                .map(r -> new Option(r.ownerKey(), r.ownerName())).distinct()
                .sorted(DanishOrder.by(Option::label)).toList();
    }

    private static List<String> licences(List<ProductRow> rows) {
        return rows.stream().map(ProductRow::licence).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
