package dk.samvirke.web.security;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.security.NoticeDirectory;
import dk.samvirke.security.SecurityNoticePolicy;
import dk.samvirke.security.SupportedVersions;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What other modules' pages show of the notices, asked by their templates as they render
 * ({@code @securityNoticeFragments}): an organisation's open notices (to its admins only) and how many of a
 * product's users run a version without a known vulnerability (a count, public).
 */
@Component
public class SecurityNoticeFragments {

    private final NoticeDirectory directory;
    private final SupportedVersions supported;
    private final SecurityNoticePolicy policy;

    SecurityNoticeFragments(NoticeDirectory directory, SupportedVersions supported, SecurityNoticePolicy policy) {
        this.directory = directory;
        this.supported = supported;
        this.policy = policy;
    }

    public List<NoticeDirectory.OpenNotice> openFor(String organisationKey) {
        return SignedInUser.current().map(u -> directory.openFor(u, organisationKey)).orElse(List.of());
    }

    /** Whether the visitor may publish a notice about the product (its managers, admins). */
    public boolean mayPublish(String productKey) {
        return SignedInUser.current().map(u -> policy.mayPublish(u, productKey)).orElse(false);
    }

    public SupportedVersions.Count supportedUsers(String productKey) {
        return supported.of(productKey);
    }
}
