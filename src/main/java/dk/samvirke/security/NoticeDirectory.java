package dk.samvirke.security;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.ProductRef;
import dk.samvirke.organisations.OrganisationRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads notices: to everyone the notice and its counts ({@link NoticeView}); which organisation stands where
 * ({@link OrganisationExposure}) only to whom {@link SecurityNoticePolicy} allows. Also {@code openSecurityNotices}
 * of §3.1, by the database.
 */
@Service
@Transactional(readOnly = true)
public class NoticeDirectory {

    /** §3.1: published on or before D, with an organisation affected or possibly affected on D. */
    public static final String OPEN_ON = "select count(*) from security_notice n where n.published_on <= :d and exists"
            + " (select 1 from security_notice_status s where s.notice_id = n.id"
            + " and s.status in ('affected', 'possibly-affected') and s.since <= :d and (s.until is null or s.until > :d))";

    private final SecurityNotices notices;
    private final Exposures exposures;
    private final SecurityNoticePolicy policy;
    private final JdbcClient jdbc;

    NoticeDirectory(SecurityNotices notices, Exposures exposures, SecurityNoticePolicy policy, JdbcClient jdbc) {
        this.notices = notices;
        this.exposures = exposures;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    /** Newest first; {@code productKey} null for every product's. */
    public Page<NoticeView> page(String productKey, Pageable page) {
        String where = productKey == null ? "" : " where p.product_key = :product";
        var count = jdbc.sql("select count(*) from security_notice n join product p on p.id = n.product_id" + where);
        var ids = jdbc.sql("select n.id from security_notice n join product p on p.id = n.product_id" + where
                + " order by n.published_at desc, n.id desc limit :limit offset :offset");
        if (productKey != null) {
            count = count.param("product", productKey);
            ids = ids.param("product", productKey);
        }
        long total = count.query(Long.class).single();
        List<Long> found = ids.param("limit", page.getPageSize()).param("offset", page.getOffset()).query(Long.class).list();
        return new PageImpl<>(views(found), page, total);
    }

    public Optional<NoticeView> find(long id) {
        return views(List.of(id)).stream().findFirst();
    }

    /** The newest notices, for the feed. */
    public List<NoticeView> newest(int limit) {
        return page(null, Pageable.ofSize(limit)).getContent();
    }

    private List<NoticeView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var counts = exposures.counts(ids);
        Map<Long, SecurityNotice> byId = new java.util.HashMap<>();
        for (Long id : ids) {
            notices.findWithProduct(id).ifPresent(n -> byId.put(id, n));
        }
        return ids.stream().filter(byId::containsKey).map(id -> view(byId.get(id), counts.get(id))).toList();
    }

    private static NoticeView view(SecurityNotice n, Map<ExposureStatus, Integer> counts) {
        int affected = counts == null ? 0 : counts.get(ExposureStatus.AFFECTED);
        int possibly = counts == null ? 0 : counts.get(ExposureStatus.POSSIBLY_AFFECTED);
        int resolved = counts == null ? 0 : counts.get(ExposureStatus.RESOLVED);
        return new NoticeView(n.getId(), new ProductRef(n.getProduct().getKey(), n.getProduct().getName()), n.getTitle(),
                n.getSeverity(), n.getAffectedRange(), n.getFixedVersion(), n.getAliases(), n.getDescription(),
                n.getPublishedOn(), n.getUpdatedAt(), affected, possibly, resolved, n.getVersion(), n.getKey());
    }

    /**
     * Every organisation concerned, to admins and the product's managers; to an organisation's admins their own
     * organisation's row only; to anyone else an {@link AccessDeniedException}.
     */
    public List<OrganisationExposure> organisations(SignedInUser user, long id) {
        var notice = notices.findWithProduct(id).orElseThrow(() -> SecurityNoticeManagement.notFound(id));
        String product = notice.getProduct().getKey();
        if (!policy.maySeeAny(user, product)) {
            throw new AccessDeniedException("Only admins, the product's managers and organisations' admins see this");
        }
        boolean all = policy.maySeeAll(user, product);
        return exposures.current(id).stream().filter(r -> all || policy.maySeeOwn(user, r.organisation()))
                .map(NoticeDirectory::exposure).toList();
    }

    /** One organisation's row, to its admins and whoever sees all. */
    public Optional<OrganisationExposure> organisation(SignedInUser user, long id, String organisationKey) {
        var notice = notices.findWithProduct(id).orElseThrow(() -> SecurityNoticeManagement.notFound(id));
        if (!policy.maySeeAll(user, notice.getProduct().getKey()) && !policy.maySeeOwn(user, organisationKey)) {
            throw new AccessDeniedException("Only the organisation's admins see its status");
        }
        return exposures.current(id, organisationKey).map(NoticeDirectory::exposure);
    }

    /**
     * The product manager's view: for each of the product's notices, the organisations still affected or possibly
     * affected and since when, the longest exposed first.
     */
    public List<OrganisationExposure> stillExposed(SignedInUser user, String productKey) {
        if (!policy.maySeeAll(user, productKey)) {
            throw new AccessDeniedException("Only the product's managers and admins see who is exposed");
        }
        return notices.idsOfProduct(productKey).stream().flatMap(id -> exposures.current(id).stream())
                .filter(r -> r.status().isOpen()).map(NoticeDirectory::exposure)
                .sorted(java.util.Comparator.comparing(OrganisationExposure::since).thenComparing(OrganisationExposure::notice))
                .toList();
    }

    /** A notice the organisation is still exposed to, with its row: for the organisation's page, to its admins. */
    public record OpenNotice(NoticeView notice, OrganisationExposure exposure) {
    }

    public List<OpenNotice> openFor(SignedInUser user, String organisationKey) {
        if (!policy.maySeeOwn(user, organisationKey)) {
            return List.of();
        }
        return exposures.openOf(organisationKey).stream()
                .map(r -> find(r.noticeId()).map(n -> new OpenNotice(n, exposure(r))))
                .flatMap(Optional::stream).toList();
    }

    /** §3.1 {@code openSecurityNotices} on the date. */
    public int openOn(LocalDate date) {
        return jdbc.sql(OPEN_ON).param("d", date).query(Integer.class).single();
    }

    private static OrganisationExposure exposure(Exposures.Row r) {
        return new OrganisationExposure(r.noticeId(), new OrganisationRef(r.organisation(), r.organisationName()),
                r.status(), r.version(), r.since(), !r.setByPerson(), r.note());
    }
}
