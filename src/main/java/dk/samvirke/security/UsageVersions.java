package dk.samvirke.security;

import dk.samvirke.usage.UsageChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** After a usage's change commits (and again, should this node die first): its notices look at its version again. */
@Component
class UsageVersions {

    private final SecurityNoticeManagement management;

    UsageVersions(SecurityNoticeManagement management) {
        this.management = management;
    }

    @ApplicationModuleListener
    void usageChanged(UsageChanged changed) {
        management.usageChanged(changed.organisation(), changed.product());
    }
}
