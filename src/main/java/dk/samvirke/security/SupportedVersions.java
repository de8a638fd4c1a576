package dk.samvirke.security;

import dk.samvirke.usage.UsageDirectory;
import dk.samvirke.usage.UsageView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many of a product's current users run a supported version: a readable version in none of the ranges of the
 * product's notices. A count only, for the public product page; never which organisations.
 */
@Service
@Transactional(readOnly = true)
public class SupportedVersions {

    /** {@code supported} of {@code users} current users; {@code notices} how many notices the product has. */
    public record Count(int supported, int users, int notices) {
    }

    private final UsageDirectory usages;
    private final SecurityNotices notices;
    private final Clock clock;

    SupportedVersions(UsageDirectory usages, SecurityNotices notices, Clock clock) {
        this.usages = usages;
        this.notices = notices;
        this.clock = clock;
    }

    public Count of(String productKey) {
        List<VersionRange> ranges = notices.idsOfProduct(productKey).stream()
                .map(id -> notices.findById(id).orElseThrow().getAffected()).toList();
        List<UsageView> current = usages.currentOf(productKey, LocalDate.now(clock));
        int supported = (int) current.stream().filter(u -> Version.readable(u.productVersion())
                .map(v -> ranges.stream().noneMatch(r -> r.contains(v))).orElse(false)).count();
        return new Count(supported, current.size(), ranges.size());
    }
}
