package dk.samvirke.security;

import dk.samvirke.catalogue.ProductRef;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A notice as anyone may read it (§10): the notice and counts only, never which organisation is concerned.
 *
 * @param revision the notice's optimistic-lock version: its ETag, which an edit sends back as If-Match
 * @param key      its key in OSV and data packages ({@code SAMVIRKE-12})
 */
public record NoticeView(long id, ProductRef product, String title, Severity severity, String affected, String fixed,
        List<String> aliases, String description, LocalDate published, LocalDateTime updated, int affectedCount,
        int possiblyAffectedCount, int resolvedCount, long revision, String key) {

    public NoticeView {
        aliases = List.copyOf(aliases);
    }

    /** Still exposed organisations, as counted by openSecurityNotices (§3.1). */
    public boolean open() {
        return affectedCount + possiblyAffectedCount > 0;
    }
}
