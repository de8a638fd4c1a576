package dk.samvirke.catalogue;

import dk.samvirke.catalogue.CatalogueExceptions.InvalidPubliccodeException;
import dk.samvirke.catalogue.CatalogueExceptions.ProductNotFoundException;
import dk.samvirke.catalogue.CatalogueExceptions.ProductVersionConflictException;
import dk.samvirke.catalogue.ProductPolicy.Actor;
import dk.samvirke.catalogue.publiccode.PubliccodeValidator;
import dk.samvirke.catalogue.publiccode.PubliccodeWriter;
import dk.samvirke.catalogue.publiccode.ValidationResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Changes products: a person's edits, and publiccode.yml files uploaded or found by a harvest. */
@Service
public class CatalogueManagement {

    private static final Logger log = LoggerFactory.getLogger(CatalogueManagement.class);

    private final Products products;
    private final ProductPolicy policy;
    private final PubliccodeValidator validator;
    private final PubliccodeWriter writer;
    private final Clock clock;

    CatalogueManagement(Products products, ProductPolicy policy, PubliccodeValidator validator, PubliccodeWriter writer,
            Clock clock) {
        this.products = products;
        this.policy = policy;
        this.validator = validator;
        this.writer = writer;
        this.clock = clock;
    }

    /** What an import did: the fields it changed, and those it left because a person had edited them. */
    public record ImportOutcome(Product product, List<String> updated, List<String> keptManual, List<String> tooLong,
            List<dk.samvirke.catalogue.publiccode.Finding> warnings) {
    }

    /**
     * Applies a person's edit. Fields whose value changes are marked as edited by a person, so a later
     * harvest leaves them alone. {@code expectedVersion} (If-Match, a form's hidden field), when given,
     * must be the product's current version.
     */
    @Transactional
    public Product update(Actor actor, String key, ProductChange change, Long expectedVersion) {
        Product product = products.findByKey(key).orElseThrow(() -> new ProductNotFoundException(key));
        if (!policy.mayMaintain(actor, key)) {
            throw new AccessDeniedException("Only the product's managers and administrators may edit it");
        }
        if (expectedVersion != null && expectedVersion != product.getVersion()) {
            throw new ProductVersionConflictException(product.getVersion());
        }
        var checked = ProductChangeCheck.check(change, key);
        // left out means unchanged; sent empty clears
        String name = checked.name() == null ? product.getName() : checked.name();
        LocalDate adoptedOn = change.adoptedOn() == null ? product.getAdoptedOn() : checked.adoptedOn();
        LocalDate retiredOn = change.retiredOn() == null ? product.getRetiredOn() : checked.retiredOn();
        var lifecycle = new dk.samvirke.shared.FieldCheck();
        ProductRules.lifecycle(adoptedOn, retiredOn, lifecycle);
        lifecycle.orThrow(CatalogueExceptions.InvalidProductChangeException::new);
        boolean adminChange = !name.equals(product.getName()) || !Objects.equals(adoptedOn, product.getAdoptedOn())
                || !Objects.equals(retiredOn, product.getRetiredOn());
        if (adminChange && !policy.mayRenameOrChangeLifecycle(actor)) {
            throw new AccessDeniedException("Only administrators may change a product's name and lifecycle dates");
        }
        var manual = new FieldSource(FieldSource.MANUAL, null, now());
        edit(product, ProductField.NAME, name, product::getName, product::setName, manual);
        if (change.summary() != null) {
            edit(product, ProductField.SUMMARY, checked.summary(), product::getSummary, product::setSummary, manual);
        }
        if (change.website() != null) {
            edit(product, ProductField.WEBSITE, checked.website(), product::getWebsite, product::setWebsite, manual);
        }
        if (change.repository() != null) {
            edit(product, ProductField.REPOSITORY, checked.repository(), product::getRepository, product::setRepository,
                    manual);
        }
        if (change.licence() != null) {
            edit(product, ProductField.LICENCE, checked.licence(), product::getLicence, product::setLicence, manual);
        }
        edit(product, ProductField.ADOPTED_ON, adoptedOn, product::getAdoptedOn,
                d -> product.setLifecycle(d, product.getRetiredOn()), manual);
        edit(product, ProductField.RETIRED_ON, retiredOn, product::getRetiredOn,
                d -> product.setLifecycle(product.getAdoptedOn(), d), manual);
        checked.descriptions().forEach((language, d) -> {
            var current = product.descriptionIn(language).map(PubliccodeImport.DescriptionValue::of).orElse(null);
            var wanted = d == null ? null : new PubliccodeImport.DescriptionValue(d.localisedName(), d.shortDescription(),
                    d.longDescription(), d.features());
            edit(product, ProductField.description(language), wanted, () -> current, v -> {
                if (v == null) {
                    product.removeDescription(language);
                } else {
                    product.description(language).update(v.localisedName(), v.shortDescription(), v.longDescription(),
                            v.features());
                }
            }, manual);
        });
        products.flush(); // the new version is what the caller's next If-Match must carry
        return product;
    }

    private static <T> void edit(Product product, String field, T value, Supplier<T> current, Consumer<T> setter,
            FieldSource manual) {
        if (!Objects.equals(value, current.get())) {
            setter.accept(value);
            product.recordSource(field, manual);
        }
    }

    /** A publiccode.yml a person uploaded: validated, and when valid applied to every field. */
    @Transactional
    public ImportOutcome importUploaded(Actor actor, String key, byte[] content) {
        Product product = products.findByKey(key).orElseThrow(() -> new ProductNotFoundException(key));
        if (!policy.mayMaintain(actor, key)) {
            throw new AccessDeniedException("Only the product's managers and administrators may import its publiccode.yml");
        }
        return apply(product, content, null, false);
    }

    /**
     * A publiccode.yml a harvest found in one of the product's repositories. Fields a person edited
     * are kept; an invalid file changes nothing. Its own transaction: the harvest's has committed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ImportOutcome importHarvested(String key, String repositoryUrl, byte[] content) {
        Product product = products.findByKey(key).orElseThrow(() -> new ProductNotFoundException(key));
        var outcome = apply(product, content, repositoryUrl, true);
        log.info("publiccode.yml of {} from {}: updated {}, kept as edited {}", key, repositoryUrl, outcome.updated(),
                outcome.keptManual());
        return outcome;
    }

    private ImportOutcome apply(Product product, byte[] content, String repositoryUrl, boolean respectManual) {
        ValidationResult result = validator.validate(content, null, false);
        if (!result.valid() || result.documentOrNull() == null) {
            throw new InvalidPubliccodeException(result.errors());
        }
        var source = new FieldSource(FieldSource.PUBLICCODE, repositoryUrl, now());
        var outcome = PubliccodeImport.apply(product, result.documentOrNull(), source, respectManual);
        products.flush();
        return new ImportOutcome(product, outcome.updated(), outcome.keptManual(), outcome.tooLong(),
                new ArrayList<>(result.warnings()));
    }

    /** The product as a publiccode.yml that the validator accepts. */
    @Transactional(readOnly = true)
    public String exportPubliccode(String key, String productPageUrl) {
        Product product = products.findByKey(key).orElseThrow(() -> new ProductNotFoundException(key));
        return writer.write(PubliccodeExport.of(product, productPageUrl, LocalDate.now(clock)));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
    }
}
