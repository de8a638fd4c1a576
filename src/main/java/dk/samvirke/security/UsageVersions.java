package dk.samvirke.security;

import dk.samvirke.importing.PackageImported;
import dk.samvirke.usage.UsageChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a usage's change commits (and again, should this node die first): its notices look at its version again.
 * After an import, which changes many usages without an event for each, every notice looks at all of them.
 */
@Component
class UsageVersions {

    private static final Logger log = LoggerFactory.getLogger(UsageVersions.class);

    private final SecurityNoticeManagement management;

    UsageVersions(SecurityNoticeManagement management) {
        this.management = management;
    }

    @ApplicationModuleListener
    void usageChanged(UsageChanged changed) {
        management.usageChanged(changed.organisation(), changed.product());
    }

    /** Before the import answers (it publishes after its commit). */
    @TransactionalEventListener(fallbackExecution = true)
    void packageImported(PackageImported imported) {
        if (!imported.files().contains("usages.csv")) {
            return;
        }
        try {
            management.reconcileAll();
        } catch (RuntimeException e) {
            // The import has committed; the statuses follow at the next change of a usage or notice.
            log.warn("Security notices could not look at the imported usages' versions: {}", e.getMessage());
        }
    }
}
