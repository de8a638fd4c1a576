package dk.samvirke.web.catalogue;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.people.Participation;
import dk.samvirke.people.Participations;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.Usages;
import dk.samvirke.web.WebLinks;
import dk.samvirke.web.catalogue.ProductPage.Participant;
import dk.samvirke.web.catalogue.ProductPage.User;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ProductPageQuery {

    private final Products products;
    private final Usages usages;
    private final Participations participations;

    ProductPageQuery(Products products, Usages usages, Participations participations) {
        this.products = products;
        this.usages = usages;
        this.participations = participations;
    }

    @Transactional(readOnly = true)
    Optional<ProductPage> find(String key, LocalDate today) {
        return products.findByKey(key).map(product -> page(product, today));
    }

    private ProductPage page(Product product, LocalDate today) {
        var owner = product.getOwner();
        var users = usages.findByProductKey(product.getKey()).stream().map(u -> user(u, today)).toList();
        var participants = participations.findByProductKey(product.getKey()).stream()
                .filter(p -> p.isActiveOn(today)).map(ProductPageQuery::participant).toList();
        return new ProductPage(product.getKey(), product.getName(), product.getSummary(),
                owner == null ? null : owner.getKey(), owner == null ? null : owner.getName(),
                product.getLicence(), WebLinks.httpOrNull(product.getRepository()), WebLinks.httpOrNull(product.getWebsite()),
                product.getAdoptedOn(), product.getRetiredOn(), product.isManagedOn(today), users, participants,
                publiccode(product), sources(product), product.getVersion());
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

    private static User user(Usage usage, LocalDate today) {
        var organisation = usage.getOrganisation();
        return new User(organisation.getKey(), organisation.getName(), usage.getStatus().code(),
                usage.getProductVersion(), usage.getSince(), usage.getUntil(), usage.isActiveOn(today));
    }

    private static Participant participant(Participation participation) {
        var person = participation.getPerson();
        var organisation = person.getOrganisation();
        return new Participant(person.getName(), organisation == null ? null : organisation.getKey(),
                organisation == null ? null : organisation.getName(), participation.getRole().code(),
                participation.getAllocation(), participation.getSince());
    }
}
