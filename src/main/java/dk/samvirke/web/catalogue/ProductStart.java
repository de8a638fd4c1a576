package dk.samvirke.web.catalogue;

import dk.samvirke.accounts.Role;
import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.usage.ProductAdoption;
import dk.samvirke.usage.UsageDirectory;
import dk.samvirke.web.Dates;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What makes the product page the place to start: for an organisation's administrator whose organisation
 * does not use it yet, the way to register its use; for signed-in readers whom to ask at each organisation
 * that uses it and the versions in use; for everyone its adoption over time (chart and table).
 */
@Component
class ProductStart {

    private final ProductAdoption adoption;
    private final UsageDirectory usages;
    private final Organisations organisations;

    ProductStart(ProductAdoption adoption, UsageDirectory usages, Organisations organisations) {
        this.adoption = adoption;
        this.usages = usages;
        this.organisations = organisations;
    }

    /**
     * @param registerFor the organisations the reader administers that do not use the product today
     * @param contacts    whom to ask, per organisation using it today (signed-in readers only, else empty)
     * @param versions    the versions in use today (signed-in readers only, else empty)
     * @param signedIn    whether the reader is signed in
     */
    public record Start(List<Org> registerFor, List<Contact> contacts, List<ProductAdoption.VersionInUse> versions,
            Adoption adoption, boolean signedIn) {
    }

    public record Org(String key, String name) {
    }

    public record Contact(String organisationKey, String organisationName, String email) {
    }

    /** The chart's points: {@code label} as the axis shows it (the year, or the date for today). */
    public record Adoption(List<AdoptionPoint> points) {

        public boolean isEmpty() {
            return points.isEmpty();
        }
    }

    public record AdoptionPoint(LocalDate date, String label, int organisations) {
    }

    @Transactional(readOnly = true)
    Start of(ProductPage product, LocalDate today) {
        var user = SignedInUser.current();
        var using = product.current().stream().map(u -> u.organisation().key()).collect(Collectors.toSet());
        List<Org> registerFor = product.retired() ? List.of() : user.map(u -> u.grants().stream()
                .filter(g -> g.role() == Role.ORGANISATION_ADMIN && g.organisationKey() != null)
                .map(g -> g.organisationKey()).distinct()
                .filter(key -> !using.contains(key))
                .map(key -> organisations.findByKey(key).map(o -> new Org(o.getKey(), o.getName())).orElse(null))
                .filter(Objects::nonNull).toList()).orElse(List.of());
        List<Contact> contacts = List.of();
        List<ProductAdoption.VersionInUse> versions = List.of();
        if (user.isPresent()) {
            Map<String, String> names = product.current().stream().collect(Collectors.toMap(u -> u.organisation().key(),
                    u -> u.organisation().name(), (a, b) -> a));
            contacts = usages.currentOf(product.key(), today).stream()
                    .filter(u -> u.contactEmail() != null && names.containsKey(u.organisation()))
                    .map(u -> new Contact(u.organisation(), names.get(u.organisation()), u.contactEmail())).toList();
            versions = adoption.versions(product.key(), today);
        }
        return new Start(registerFor, contacts, versions, adoption(product.key(), today), user.isPresent());
    }

    Adoption adoption(String productKey, LocalDate today) {
        var dates = Dates.current();
        Function<ProductAdoption.Point, String> label = p -> p.date().equals(today) ? dates.shortDate(p.date())
                : String.valueOf(p.date().getYear());
        return new Adoption(adoption.series(productKey, today).stream()
                .map(p -> new AdoptionPoint(p.date(), label.apply(p), p.organisations())).toList());
    }
}
