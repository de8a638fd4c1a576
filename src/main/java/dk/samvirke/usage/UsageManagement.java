package dk.samvirke.usage;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.shared.FieldCheck;
import dk.samvirke.shared.InvalidFieldsException;
import dk.samvirke.shared.RecordNotFoundException;
import dk.samvirke.shared.VersionConflictException;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and changes an organisation's use of a product, for the people allowed to. */
@Service
public class UsageManagement {

    private final Usages usages;
    private final Organisations organisations;
    private final Products products;
    private final UsagePolicy policy;
    private final ApplicationEventPublisher events;

    UsageManagement(Usages usages, Organisations organisations, Products products, UsagePolicy policy,
            ApplicationEventPublisher events) {
        this.usages = usages;
        this.organisations = organisations;
        this.products = products;
        this.policy = policy;
        this.events = events;
    }

    public record Saved(Usage usage, boolean created) {
    }

    /**
     * Creates or updates the usage. {@code expectedVersion} (from If-Match or a form's hidden field),
     * when given, must be the record's current version: otherwise someone else changed it meanwhile.
     */
    @Transactional
    public Saved save(SignedInUser user, String organisationKey, String productKey, UsageChange change,
            Long expectedVersion) {
        if (!policy.mayMaintain(user, organisationKey)) {
            throw new AccessDeniedException("Only the organisation's administrators may maintain its usages");
        }
        var organisation = organisations.findByKey(organisationKey)
                .orElseThrow(() -> new UsageNotFoundException("No organisation with key '" + organisationKey + "'"));
        var product = products.findByKey(productKey)
                .orElseThrow(() -> new UsageNotFoundException("No product with key '" + productKey + "'"));
        var details = validate(change);
        var existing = usages.findByKeys(organisationKey, productKey);
        if (expectedVersion != null && existing.map(u -> u.getVersion() != expectedVersion).orElse(true)) {
            throw new UsageVersionConflictException(existing.map(Usage::getVersion).orElse(null));
        }
        events.publishEvent(new UsageChanged(organisationKey, productKey));
        if (existing.isPresent()) {
            existing.get().update(details);
            usages.flush(); // the new version is what the caller's next If-Match must carry
            return new Saved(existing.get(), false);
        }
        return new Saved(usages.saveAndFlush(new Usage(organisation, product, details)), true);
    }

    private static UsageDetails validate(UsageChange change) {
        var check = new FieldCheck();
        var details = UsageRules.check(change, check);
        check.orThrow(UsageValidationException::new);
        return details;
    }

    public static class UsageNotFoundException extends RecordNotFoundException {
        UsageNotFoundException(String message) {
            super(message);
        }
    }

    public static class UsageVersionConflictException extends VersionConflictException {
        UsageVersionConflictException(Long currentVersion) {
            super("usage", currentVersion);
        }
    }

    public static class UsageValidationException extends InvalidFieldsException {
        UsageValidationException(Map<String, String> problems) {
            super("usage", problems);
        }
    }
}
