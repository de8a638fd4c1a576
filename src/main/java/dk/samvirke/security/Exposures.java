package dk.samvirke.security;

import dk.samvirke.shared.CodedEnum;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each organisation's status per notice, kept as periods [since, until) in {@code security_notice_status}: the
 * open period is today's status, the closed ones are what it was before. Who was told is in
 * {@code security_notice_mailing}, one row per notice, organisation and kind, so nobody is told twice.
 */
@Component
class Exposures {

    /** "usage": computed from the usage's version, not set by a person. */
    static final String BY_USAGE = "usage";

    record Row(long noticeId, String organisation, String organisationName, ExposureStatus status, String version,
            LocalDate since, String setBy, String note) {

        boolean setByPerson() {
            return !BY_USAGE.equals(setBy);
        }
    }

    private static final String ROW = "select s.notice_id, o.org_key, o.name, s.status, s.product_version, s.since,"
            + " s.set_by, s.note from security_notice_status s join organisation o on o.id = s.organisation_id";

    private final JdbcClient jdbc;

    Exposures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Today's status of every organisation concerned, in Danish order of their names. */
    List<Row> current(long noticeId) {
        return jdbc.sql(ROW + " where s.notice_id = :notice and s.until is null order by o.sort_key, o.name, o.org_key")
                .param("notice", noticeId).query(Exposures::row).list();
    }

    Optional<Row> current(long noticeId, String organisationKey) {
        return jdbc.sql(ROW + " where s.notice_id = :notice and s.until is null and o.org_key = :org")
                .param("notice", noticeId).param("org", organisationKey).query(Exposures::row).optional();
    }

    /** The open rows of one organisation, for its page. */
    List<Row> openOf(String organisationKey) {
        return jdbc.sql(ROW + " where o.org_key = :org and s.until is null and s.status in ('affected', 'possibly-affected')"
                        + " order by s.since desc, s.notice_id desc")
                .param("org", organisationKey).query(Exposures::row).list();
    }

    /**
     * Sets the organisation's status from the date on. The same status again only updates the version and note
     * (its since stays); another closes today's period and opens a new one. Answers whether the status changed.
     */
    boolean set(long noticeId, String organisationKey, ExposureStatus status, String version, LocalDate date,
            String setBy, String note, LocalDateTime now) {
        var current = current(noticeId, organisationKey);
        if (current.isPresent() && current.get().status() == status) {
            jdbc.sql("update security_notice_status set product_version = :version, note = coalesce(:note, note),"
                            + " set_by = :by, changed_at = :now where notice_id = :notice and until is null"
                            + " and organisation_id = (select id from organisation where org_key = :org)")
                    .param("version", version).param("note", note).param("by", setBy).param("now", now)
                    .param("notice", noticeId).param("org", organisationKey).update();
            return false;
        }
        if (current.isPresent()) {
            jdbc.sql("update security_notice_status set until = :d where notice_id = :notice and until is null"
                            + " and organisation_id = (select id from organisation where org_key = :org)")
                    .param("d", date).param("notice", noticeId).param("org", organisationKey).update();
        }
        jdbc.sql("insert into security_notice_status (notice_id, organisation_id, status, product_version, since, set_by,"
                        + " note, changed_at) select :notice, o.id, :status, :version, :d, :by, :note, :now"
                        + " from organisation o where o.org_key = :org")
                .param("notice", noticeId).param("status", status.code()).param("version", version).param("d", date)
                .param("by", setBy).param("note", note).param("now", now).param("org", organisationKey).update();
        return true;
    }

    /** How many organisations stand where today. */
    Map<ExposureStatus, Integer> counts(long noticeId) {
        return counts(List.of(noticeId)).getOrDefault(noticeId, empty());
    }

    Map<Long, Map<ExposureStatus, Integer>> counts(List<Long> noticeIds) {
        Map<Long, Map<ExposureStatus, Integer>> result = new java.util.HashMap<>();
        if (noticeIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select notice_id, status, count(*) from security_notice_status where until is null"
                        + " and notice_id in (:ids) group by notice_id, status")
                .param("ids", noticeIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> empty())
                            .put(CodedEnum.fromCode(ExposureStatus.class, rs.getString(2)).orElseThrow(), rs.getInt(3));
                });
        return result;
    }

    private static Map<ExposureStatus, Integer> empty() {
        Map<ExposureStatus, Integer> map = new EnumMap<>(ExposureStatus.class);
        for (ExposureStatus s : ExposureStatus.values()) {
            map.put(s, 0);
        }
        return map;
    }

    /** Records that the organisation was told; false when it already was (then it is not told again). */
    boolean markTold(long noticeId, String organisationKey, String kind, LocalDateTime now) {
        Integer already = jdbc.sql("select count(*) from security_notice_mailing m join organisation o"
                        + " on o.id = m.organisation_id where m.notice_id = :notice and o.org_key = :org and m.kind = :kind")
                .param("notice", noticeId).param("org", organisationKey).param("kind", kind).query(Integer.class).single();
        if (already > 0) {
            return false;
        }
        jdbc.sql("insert into security_notice_mailing (notice_id, organisation_id, kind, sent_at)"
                        + " select :notice, o.id, :kind, :now from organisation o where o.org_key = :org")
                .param("notice", noticeId).param("kind", kind).param("now", now).param("org", organisationKey).update();
        return true;
    }

    /** When the organisation was first told about the notice, if it was. */
    Optional<LocalDateTime> toldAt(long noticeId, String organisationKey) {
        return jdbc.sql("select m.sent_at from security_notice_mailing m join organisation o on o.id = m.organisation_id"
                        + " where m.notice_id = :notice and o.org_key = :org and m.kind = 'notice'")
                .param("notice", noticeId).param("org", organisationKey).query(LocalDateTime.class).optional();
    }

    /** Still exposed, told at least {@code days} ago and not yet reminded of this kind: whom to remind. */
    List<Row> dueForReminder(String kind, LocalDateTime toldBefore) {
        return jdbc.sql(ROW + " join security_notice_mailing m on m.notice_id = s.notice_id"
                        + " and m.organisation_id = s.organisation_id and m.kind = 'notice'"
                        + " where s.until is null and s.status in ('affected', 'possibly-affected') and m.sent_at <= :before"
                        + " and not exists (select 1 from security_notice_mailing r where r.notice_id = s.notice_id"
                        + " and r.organisation_id = s.organisation_id and r.kind = :kind) order by s.notice_id, o.org_key")
                .param("before", toldBefore).param("kind", kind).query(Exposures::row).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                CodedEnum.fromCode(ExposureStatus.class, rs.getString(4)).orElseThrow(), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8));
    }
}
