package dk.samvirke.web.catalogue;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.people.PeopleDirectory;
import dk.samvirke.usage.UsageDirectory;
import dk.samvirke.web.WebLinks;
import org.springframework.data.domain.Pageable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ProductPageQuery {

    /** How many usages the page lists; all of them are at {@code /api/v1/products/{key}/usages}. */
    static final int USERS_SHOWN = 100;

    private final Products products;
    private final UsageDirectory usages;
    private final PeopleDirectory people;

    ProductPageQuery(Products products, UsageDirectory usages, PeopleDirectory people) {
        this.products = products;
        this.usages = usages;
        this.people = people;
    }

    @Transactional(readOnly = true)
    Optional<ProductPage> find(String key, LocalDate today) {
        return products.findByKey(key).map(product -> page(product, today));
    }

    private ProductPage page(Product product, LocalDate today) {
        var owner = product.getOwner();
        var users = usages.ofProduct(product.getKey(), today, Pageable.ofSize(USERS_SHOWN));
        return new ProductPage(product.getKey(), product.getName(), product.getSummary(),
                owner == null ? null : owner.getKey(), owner == null ? null : owner.getName(),
                product.getLicence(), WebLinks.httpOrNull(product.getRepository()), WebLinks.httpOrNull(product.getWebsite()),
                product.getAdoptedOn(), product.getRetiredOn(), product.isManagedOn(today), users.getContent(),
                users.getTotalElements(), usages.currentUsersOf(product.getKey(), today),
                people.participantsOf(product.getKey(), today), publiccode(product), sources(product), product.getVersion());
    }

    private static ProductPage.Publiccode publiccode(Product p) {
        var contacts = p.getContacts().stream()
                .map(c -> new ProductPage.Contact(c.getKind(), c.getName(), c.getAffiliation(), WebLinks.httpOrNull(c.getWebsite())))
                .toList();
        var descriptions = p.getDescriptions().stream()
                .map(d -> new ProductPage.Description(d.getLanguage(), d.getLocalisedName(), d.getShortDescription(),
                        d.getLongDescription(), d.getFeatures()))
                .toList();
        return new ProductPage.Publiccode(p.getDevelopmentStatus(), p.getSoftwareType(), p.getCategories(),
                p.getPlatforms(), p.getLogo(), p.getReleaseVersion(), p.getReleaseDate(), p.getMaintenanceType(), contacts,
                descriptions);
    }

    private static Map<String, ProductPage.Source> sources(Product p) {
        Map<String, ProductPage.Source> sources = new HashMap<>();
        p.getSources().forEach((field, s) -> sources.put(field,
                new ProductPage.Source(s.isManual(), s.url(), WebLinks.httpOrNull(s.url()), s.recordedAt())));
        return sources;
    }
}
