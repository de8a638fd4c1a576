package dk.samvirke.security;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.Products;
import dk.samvirke.shared.FieldCheck;
import dk.samvirke.shared.InvalidFieldsException;
import dk.samvirke.shared.RecordNotFoundException;
import dk.samvirke.shared.VersionConflictException;
import dk.samvirke.usage.UsageDirectory;
import dk.samvirke.usage.UsageView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes and edits notices and tracks who is exposed (§10). On publishing, every organisation with an active
 * usage of the product gets its status from the version it runs, and the affected and possibly affected ones are
 * told once ({@link NoticeMail}); an edit that widens the range tells those it newly reaches. A usage whose
 * version leaves the range turns resolved by itself ({@link #usageChanged}).
 */
@Service
public class SecurityNoticeManagement {

    private final SecurityNotices notices;
    private final Products products;
    private final UsageDirectory usages;
    private final Exposures exposures;
    private final NoticeMail mail;
    private final SecurityNoticePolicy policy;
    private final Clock clock;

    SecurityNoticeManagement(SecurityNotices notices, Products products, UsageDirectory usages, Exposures exposures,
            NoticeMail mail, SecurityNoticePolicy policy, Clock clock) {
        this.notices = notices;
        this.products = products;
        this.usages = usages;
        this.exposures = exposures;
        this.mail = mail;
        this.policy = policy;
        this.clock = clock;
    }

    /** The notice published, how many organisations it found affected and possibly affected, and how many mails went. */
    public record Published(SecurityNotice notice, int affected, int possiblyAffected, int mails) {
    }

    /** A status an organisation's admins set: {@code resolved} or {@code not-affected}, with a note. */
    public record StatusChange(String status, String note) {
    }

    @Transactional
    public Published publish(SignedInUser user, String productKey, NoticeRequest request) {
        if (!policy.mayPublish(user, productKey)) {
            throw new AccessDeniedException("Only the product's managers and admins publish its security notices");
        }
        var product = products.findByKey(productKey)
                .orElseThrow(() -> new NoticeNotFoundException("No product with key '" + productKey + "'"));
        var details = validate(request);
        var notice = notices.saveAndFlush(new SecurityNotice(product, details, now(), user.email()));
        int mails = reconcile(notice, usages.currentOf(productKey, today()), true, true);
        var counts = exposures.counts(notice.getId());
        return new Published(notice, counts.get(ExposureStatus.AFFECTED), counts.get(ExposureStatus.POSSIBLY_AFFECTED), mails);
    }

    /**
     * Edits the notice; {@code expectedRevision} (If-Match), when given, must be its current revision. A changed
     * range recomputes the statuses the usages' versions decide (not those a person set) and tells any organisation
     * it newly reaches.
     */
    @Transactional
    public SecurityNotice edit(SignedInUser user, long id, NoticeRequest request, Long expectedRevision) {
        var notice = notices.findWithProduct(id).orElseThrow(() -> notFound(id));
        if (!policy.mayPublish(user, notice.getProduct().getKey())) {
            throw new AccessDeniedException("Only the product's managers and admins edit its security notices");
        }
        var details = validate(request);
        if (expectedRevision != null && expectedRevision != notice.getVersion()) {
            throw new NoticeVersionConflictException(notice.getVersion());
        }
        boolean rangeChanged = !details.affected().toString().equals(notice.getAffectedRange());
        notice.update(details);
        notices.flush();
        if (rangeChanged) {
            reconcile(notice, usages.currentOf(notice.getProduct().getKey(), today()), false, true);
        }
        return notice;
    }

    /** An organisation's admins (or admins) say it is resolved or not affected. */
    @Transactional
    public void setStatus(SignedInUser user, long id, String organisationKey, StatusChange change) {
        if (!policy.maySetStatus(user, organisationKey)) {
            throw new AccessDeniedException("Only the organisation's admins set its status");
        }
        notices.findWithProduct(id).orElseThrow(() -> notFound(id));
        var check = new FieldCheck();
        ExposureStatus status = check.code("status", change == null ? null : change.status(), ExposureStatus.class, true);
        if (status != null && status.isOpen()) {
            check.problem("status", "'" + status.code() + "' is computed from the usage's version; set 'resolved' or 'not-affected'");
        }
        String note = check.text("note", change == null ? null : change.note(), false, 2000);
        check.orThrow(p -> new InvalidFieldsException("status", p));
        var current = exposures.current(id, organisationKey)
                .orElseThrow(() -> new NoticeNotFoundException("The notice does not concern organisation '" + organisationKey + "'"));
        exposures.set(id, organisationKey, status, current.version(), today(), user.email(), note, now());
    }

    /** After a usage changed: each of the product's notices looks at the organisation's version again. */
    @Transactional
    public void usageChanged(String organisationKey, String productKey) {
        var usage = usages.currentOf(productKey, today()).stream().filter(u -> u.organisation().equals(organisationKey))
                .findFirst();
        List<Long> ids = notices.idsOfProduct(productKey);
        for (Long id : ids) {
            var notice = notices.findWithProduct(id).orElseThrow();
            var current = exposures.current(id, organisationKey);
            if (usage.isEmpty()) {
                // no longer running the product: nothing exposed any more
                current.filter(r -> r.status().isOpen()).ifPresent(r -> exposures.set(id, organisationKey,
                        ExposureStatus.RESOLVED, r.version(), today(), Exposures.BY_USAGE, null, now()));
                continue;
            }
            reconcile(notice, List.of(usage.get()), false, true);
        }
    }

    /**
     * Every notice looks again at the versions its product's usages run today: after an import, which changes
     * many usages at once without an event for each. Organisations no longer running the product are resolved;
     * the others get their status as after an edit, but nobody is mailed: a package moves records between
     * instances, and whom the other instance told is not in it (the next change of a usage tells as usual).
     */
    @Transactional
    public void reconcileAll() {
        for (SecurityNotice notice : notices.findAllWithProduct()) {
            List<UsageView> current = usages.currentOf(notice.getProduct().getKey(), today());
            Set<String> running = new java.util.HashSet<>();
            current.forEach(u -> running.add(u.organisation()));
            for (Exposures.Row row : exposures.current(notice.getId())) {
                if (row.status().isOpen() && !running.contains(row.organisation())) {
                    exposures.set(notice.getId(), row.organisation(), ExposureStatus.RESOLVED, row.version(), today(),
                            Exposures.BY_USAGE, null, now());
                }
            }
            reconcile(notice, current, false, false);
        }
    }

    /**
     * Sets each usage's organisation's status from its version and tells those now exposed who were not told yet.
     * On an organisation already concerned: an open status whose version left the range turns resolved (not
     * affected, when the range moved instead); a closed one opens again only when its version is in the range and
     * no person closed it. Answers how many mails were queued.
     */
    private int reconcile(SecurityNotice notice, List<UsageView> current, boolean publishing, boolean tell) {
        VersionRange range = notice.getAffected();
        List<NoticeMail.Told> toTell = new ArrayList<>();
        for (UsageView u : current) {
            ExposureStatus computed = ExposureStatus.of(range, u.productVersion());
            Optional<Exposures.Row> existing = publishing ? Optional.empty() : exposures.current(notice.getId(), u.organisation());
            ExposureStatus next = computed;
            String setBy = Exposures.BY_USAGE;
            if (existing.isPresent()) {
                var was = existing.get();
                boolean versionChanged = !Objects.equals(was.version(), u.productVersion());
                if (was.status().isOpen() && computed == ExposureStatus.NOT_AFFECTED) {
                    next = versionChanged ? ExposureStatus.RESOLVED : ExposureStatus.NOT_AFFECTED;
                } else if (!was.status().isOpen()
                        && !(computed == ExposureStatus.AFFECTED && (!was.setByPerson() || versionChanged))) {
                    next = was.status(); // a person's word stands; a closed status reopens only with a version in range
                    setBy = was.setBy();
                }
            }
            exposures.set(notice.getId(), u.organisation(), next, u.productVersion(), today(), setBy, null, now());
            if (tell && next.isOpen()) {
                toTell.add(new NoticeMail.Told(u.organisation(), organisationName(notice.getId(), u.organisation()),
                        u.productVersion(), u.contactEmail()));
            }
        }
        int mails = 0;
        Map<String, Set<String>> recipients = mail.recipients(toTell);
        for (NoticeMail.Told t : toTell) {
            if (exposures.markTold(notice.getId(), t.organisation(), "notice", now())) {
                mails += mail.tell(notice, t, recipients.get(t.organisation()), null);
            }
        }
        return mails;
    }

    /**
     * Reminds every organisation still exposed, once 7 and once 30 days after it was told (one reminder when the
     * job finds both due); answers how many mails went.
     */
    @Transactional
    public int sendReminders() {
        int mails = 0;
        for (int days : new int[] {30, 7}) {
            String kind = "reminder-" + days;
            for (var row : exposures.dueForReminder(kind, now().minusDays(days))) {
                var notice = notices.findWithProduct(row.noticeId()).orElseThrow();
                var told = new NoticeMail.Told(row.organisation(), row.organisationName(), row.version(),
                        usages.find(row.organisation(), notice.getProduct().getKey()).map(UsageView::contactEmail)
                                .orElse(null));
                exposures.markTold(row.noticeId(), row.organisation(), kind, now());
                if (days == 30) {
                    exposures.markTold(row.noticeId(), row.organisation(), "reminder-7", now());
                }
                mails += mail.tell(notice, told, mail.recipients(List.of(told)).get(row.organisation()), days);
            }
        }
        return mails;
    }

    private String organisationName(long noticeId, String organisationKey) {
        return exposures.current(noticeId, organisationKey).map(Exposures.Row::organisationName).orElse(organisationKey);
    }

    private static NoticeDetails validate(NoticeRequest request) {
        var check = new FieldCheck();
        var details = NoticeRules.check(request, check);
        check.orThrow(p -> new InvalidFieldsException("security notice", p));
        return details;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static NoticeNotFoundException notFound(long id) {
        return new NoticeNotFoundException("No security notice " + id);
    }

    public static class NoticeNotFoundException extends RecordNotFoundException {
        NoticeNotFoundException(String message) {
            super(message);
        }
    }

    public static class NoticeVersionConflictException extends VersionConflictException {
        NoticeVersionConflictException(Long currentVersion) {
            super("security notice", currentVersion);
        }
    }
}
