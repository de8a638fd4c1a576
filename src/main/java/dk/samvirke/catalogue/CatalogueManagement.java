package dk.samvirke.catalogue;

import dk.samvirke.catalogue.CatalogueExceptions.InvalidPubliccodeException;
import dk.samvirke.catalogue.CatalogueExceptions.ProductNotFoundException;
import dk.samvirke.catalogue.CatalogueExceptions.ProductVersionConflictException;
import dk.samvirke.catalogue.ProductPolicy.Actor;
import dk.samvirke.catalogue.publiccode.Finding;
import dk.samvirke.catalogue.publiccode.PubliccodeValidator;
import dk.samvirke.catalogue.publiccode.PubliccodeWriter;
import dk.samvirke.catalogue.publiccode.ValidationResult;
import java.nio.charset.StandardCharsets;
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
    private final PubliccodeFiles files;
    private final PubliccodeConflicts conflicts;
    private final Clock clock;

    CatalogueManagement(Products products, ProductPolicy policy, PubliccodeValidator validator, PubliccodeWriter writer,
            PubliccodeFiles files, PubliccodeConflicts conflicts, Clock clock) {
        this.products = products;
        this.policy = policy;
        this.validator = validator;
        this.writer = writer;
        this.files = files;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    /**
     * What an import did: the fields it changed, and those it left because a person had edited them.
     * {@code conflict}: the harvested file names another product, and nothing of it was applied.
     */
    public record ImportOutcome(Product product, List<String> updated, List<String> keptManual, List<String> tooLong,
            List<Finding> warnings, boolean conflict) {
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
        return apply(product, validOrThrow(content), null, false);
    }

    /**
     * A publiccode.yml a harvest found in one of the product's repositories. Fields a person edited
     * are kept; an invalid file changes nothing. Its own transaction: the harvest's has committed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ImportOutcome importHarvested(String key, String repositoryUrl, byte[] content) {
        Product product = products.findByKey(key).orElseThrow(() -> new ProductNotFoundException(key));
        ValidationResult result = validOrThrow(content);
        var doc = result.documentOrNull();
        String ownRepository = product.getRepository() != null ? product.getRepository() : repositoryUrl;
        var previous = conflicts.findByProductAndRepositoryUrl(product, repositoryUrl);
        if (SameProduct.namesAnother(doc.name(), doc.url(), product.getName(), ownRepository)) {
            var conflict = previous.orElseGet(() -> new PubliccodeConflict(product, repositoryUrl));
            conflict.found(doc.name(), doc.url(), content, now());
            conflicts.save(conflict);
            log.info("publiccode.yml in {} names another product ({}, {}): product {} unchanged, {} for its managers",
                    repositoryUrl, doc.name(), doc.url(), key, conflict.isOpen() ? "a conflict" : "kept out before");
            return new ImportOutcome(product, List.of(), List.of(), List.of(), result.warnings(), true);
        }
        previous.ifPresent(conflicts::delete);
        var outcome = apply(product, result, repositoryUrl, true);
        log.info("publiccode.yml of {} from {}: updated {}, kept as edited {}", key, repositoryUrl, outcome.updated(),
                outcome.keptManual());
        return outcome;
    }

    /** The harvested files that name another product, for the product's managers; nobody else sees them. */
    @Transactional(readOnly = true)
    public List<PubliccodeConflictView> openConflicts(Actor actor, String key) {
        if (!policy.mayMaintain(actor, key)) {
            return List.of();
        }
        return conflicts.findOpen(key).stream().map(c -> new PubliccodeConflictView(c.getId(), c.getRepositoryUrl(),
                c.getFileName(), c.getFileUrl(), c.getProduct().getName(), c.getProduct().getRepository(),
                c.getFoundAt())).toList();
    }

    /**
     * A manager's answer to a conflict. Accepting applies the file as an upload would (a person's
     * deliberate act: name and repository too); keeping leaves the product as it is, and the same
     * file from that repository is not raised again.
     */
    @Transactional
    public Product decideConflict(Actor actor, String key, long conflictId, PubliccodeConflictView.Choice choice) {
        Product product = products.findByKey(key).orElseThrow(() -> new ProductNotFoundException(key));
        if (!policy.mayMaintain(actor, key)) {
            throw new AccessDeniedException("Only the product's managers and administrators may decide");
        }
        var conflict = conflicts.findById(conflictId).filter(c -> c.getProduct().getId().equals(product.getId()))
                .filter(PubliccodeConflict::isOpen)
                .orElseThrow(() -> new CatalogueExceptions.ConflictNotFoundException(key, conflictId));
        if (choice == PubliccodeConflictView.Choice.ACCEPT) {
            apply(product, validOrThrow(conflict.content()), conflict.getRepositoryUrl(), false);
            conflicts.delete(conflict);
        } else {
            conflict.keep();
        }
        products.flush();
        return product;
    }

    private ValidationResult validOrThrow(byte[] content) {
        ValidationResult result = validator.validate(content, null, false);
        if (!result.valid() || result.documentOrNull() == null) {
            throw new InvalidPubliccodeException(result.errors());
        }
        return result;
    }

    private ImportOutcome apply(Product product, ValidationResult result, String repositoryUrl, boolean respectManual) {
        var source = new FieldSource(FieldSource.PUBLICCODE, repositoryUrl, now());
        var outcome = PubliccodeImport.apply(product, result.documentOrNull(), source, respectManual);
        var file = files.findById(product.getId()).orElseGet(() -> new PubliccodeFile(product.getId()));
        file.replace(result.valuesOrNull(), source);
        files.save(file);
        products.flush();
        return new ImportOutcome(product, outcome.updated(), outcome.keptManual(), outcome.tooLong(),
                new ArrayList<>(result.warnings()), false);
    }

    /**
     * The product as a publiccode.yml: the file it last imported with the registry's changes since,
     * and nothing made up. Contacts' e-mail addresses and phone numbers only for the product's managers
     * and administrators ({@code actorOrNull} null: anyone). When the registry does not know all that
     * the standard requires, comments at the top say what is missing.
     */
    @Transactional(readOnly = true)
    public String exportPubliccode(Actor actorOrNull, String key) {
        Product product = products.findByKey(key).orElseThrow(() -> new ProductNotFoundException(key));
        var file = files.findById(product.getId()).map(PubliccodeFile::values).orElse(null);
        String yaml = writer.write(PubliccodeExport.of(product, file, policy.mayMaintain(actorOrNull, key)));
        var check = validator.validate(yaml.getBytes(StandardCharsets.UTF_8), null, false);
        if (check.valid()) {
            return yaml;
        }
        StringBuilder note = new StringBuilder("# Not yet a valid publiccode.yml: the registry does not know all that "
                + "the standard requires.\n# Endnu ikke en gyldig publiccode.yml: registret kender ikke alt, hvad "
                + "standarden kræver.\n");
        check.errors().forEach(e -> note.append("#   ").append(e.key().isEmpty() ? "" : e.key() + ": ")
                .append(e.message().replace('\n', ' ')).append('\n'));
        return note + yaml;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
    }
}
