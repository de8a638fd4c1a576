package dk.samvirke.governance;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.history.RecordChanges;
import dk.samvirke.shared.FieldCheck;
import dk.samvirke.shared.InvalidFieldsException;
import dk.samvirke.shared.RecordNotFoundException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly governance report of a product in the association's "følg eller forklar" (comply or explain) form:
 * the requirements, grouped in themes, are data the secretariat maintains; a product's managers answer each active
 * requirement as followed or explained (an explanation is required when not followed); the secretariat rates the
 * report green, amber or red. Every year's report is kept: the history. Every change of a requirement or a report is
 * in the history too ({@link RecordChanges}): a report's fields there are its requirements, each followed ("true") or
 * the explanation given, and its rating.
 */
@Service
public class GovernanceReports {

    public static final Set<String> RATINGS = Set.of("green", "amber", "red");

    static final String REQUIREMENT_RECORD = "governance-requirement", REPORT_RECORD = "governance-report";

    private final JdbcClient jdbc;
    private final GovernancePolicy policy;
    private final GovernanceStore store;
    private final RecordChanges history;

    GovernanceReports(JdbcClient jdbc, GovernancePolicy policy, GovernanceStore store, RecordChanges history) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.store = store;
        this.history = history;
    }

    public record Requirement(String key, String theme, String text, int position, boolean active) {
    }

    public record RequirementChange(String theme, String text, String position, Boolean active) {
    }

    public record Answer(String requirement, String theme, String text, boolean followed, String explanation) {
    }

    public record AnswerChange(String requirement, Boolean followed, String explanation) {
    }

    /** {@code rating} null until the secretariat has rated the report. */
    public record Report(String product, int year, String rating, LocalDateTime submittedAt, LocalDateTime ratedAt,
            List<Answer> answers) {

        /** The answers by theme, in the requirements' order. */
        public Map<String, List<Answer>> themes() {
            Map<String, List<Answer>> themes = new LinkedHashMap<>();
            answers.forEach(a -> themes.computeIfAbsent(a.theme(), t -> new ArrayList<>()).add(a));
            return themes;
        }
    }

    @Transactional(readOnly = true)
    public List<Requirement> requirements(boolean activeOnly) {
        return jdbc.sql("select requirement_key, theme, text, sort_order, active from governance_requirement"
                        + (activeOnly ? " where active" : "") + " order by sort_order, theme, requirement_key")
                .query((rs, n) -> new Requirement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getBoolean(5))).list();
    }

    /** Creates or changes a requirement (the secretariat only); a requirement is retired by {@code active: false}. */
    @Transactional
    public Requirement saveRequirement(SignedInUser user, String key, RequirementChange change) {
        if (!policy.mayMaintainRequirements(user)) {
            throw new AccessDeniedException("Only the secretariat maintains the governance requirements");
        }
        var check = new FieldCheck();
        String k = check.key("key", key, true);
        String theme = check.text("theme", change.theme(), true, 200);
        String text = check.text("text", change.text(), true, 2000);
        Integer position = check.nonNegativeInteger("position", change.position());
        check.orThrow(problems -> new InvalidFieldsException("requirement", problems));
        boolean active = change.active() == null || change.active();
        int order = position == null ? 0 : position;
        record Existing(long id, Requirement requirement) {
        }
        var existing = jdbc.sql("select id, theme, text, sort_order, active from governance_requirement"
                        + " where requirement_key = :key").param("key", k)
                .query((rs, n) -> new Existing(rs.getLong(1), new Requirement(k, rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getBoolean(5)))).optional();
        var saved = new Requirement(k, theme, text, order, active);
        if (existing.isPresent()) {
            jdbc.sql("update governance_requirement set theme = :theme, text = :text, sort_order = :position,"
                            + " active = :active, updated_at = current_timestamp where id = :id")
                    .param("id", existing.get().id()).param("theme", theme).param("text", text).param("position", order)
                    .param("active", active).update();
            history.updated(REQUIREMENT_RECORD, existing.get().id(), k, fields(existing.get().requirement()),
                    fields(saved));
        } else {
            long id = GovernanceStore.inserted(jdbc.sql("insert into governance_requirement (requirement_key, theme,"
                            + " text, sort_order, active, created_at, updated_at) values (:key, :theme, :text, :position,"
                            + " :active, current_timestamp, current_timestamp)")
                    .param("key", k).param("theme", theme).param("text", text).param("position", order)
                    .param("active", active));
            history.created(REQUIREMENT_RECORD, id, k, fields(saved));
        }
        return saved;
    }

    /**
     * Submits (or replaces) the product's report of a year (its managers and admins): every active requirement
     * answered once, followed or explained. A replaced report loses its rating: it is to be rated again.
     */
    @Transactional
    public Report submit(SignedInUser user, String productKey, int year, List<AnswerChange> answers) {
        if (!policy.mayMaintain(user, productKey)) {
            throw new AccessDeniedException("Only the product's managers and administrators submit its governance report");
        }
        if (!store.productExists(productKey)) {
            throw new RecordNotFoundException("No product '" + productKey + "'");
        }
        var check = new FieldCheck();
        GovernanceRules.year(check, "year", String.valueOf(year));
        Map<String, Long> active = new LinkedHashMap<>();
        jdbc.sql("select requirement_key, id from governance_requirement where active order by sort_order")
                .query(rs -> {
                    active.put(rs.getString(1), rs.getLong(2));
                });
        Set<String> seen = new HashSet<>();
        List<AnswerChange> list = answers == null ? List.of() : answers;
        for (int i = 0; i < list.size(); i++) {
            var a = list.get(i);
            String prefix = "answers[" + i + "].";
            if (a.requirement() == null || !active.containsKey(a.requirement())) {
                check.problem(prefix + "requirement", "no active requirement '" + a.requirement() + "'");
            } else if (!seen.add(a.requirement())) {
                check.problem(prefix + "requirement", "answered twice");
            }
            if (a.followed() == null) {
                check.problem(prefix + "followed", "required: true (followed) or false (explained)");
            } else if (!a.followed() && (a.explanation() == null || a.explanation().isBlank())) {
                check.problem(prefix + "explanation", "a requirement not followed must be explained");
            }
            check.text(prefix + "explanation", a.explanation(), false, 5000);
        }
        active.keySet().stream().filter(k -> !seen.contains(k)).findFirst()
                .ifPresent(k -> check.problem("answers", "the requirement '" + k + "' is not answered"));
        check.orThrow(problems -> new InvalidFieldsException("governance report", problems));
        // A report submitted again is the same report (its history goes on): its answers replaced, its rating gone.
        // Locked first, so that two submissions (or a submission and a rating) of one report follow each other.
        var existingId = jdbc.sql("select id from governance_report where report_year = :year and product_id ="
                        + " (select id from product where product_key = :product) for update").param("product", productKey)
                .param("year", year).query(Long.class).optional();
        var before = report(productKey, year);
        long id;
        if (existingId.isPresent()) {
            id = existingId.get();
            jdbc.sql("delete from governance_report_answer where report_id = :report").param("report", id).update();
            jdbc.sql("update governance_report set submitted_at = current_timestamp, rating = null, rated_at = null"
                    + " where id = :report").param("report", id).update();
        } else {
            id = GovernanceStore.inserted(jdbc.sql("insert into governance_report (product_id, report_year, submitted_at)"
                    + " values ((select id from product where product_key = :product), :year, current_timestamp)")
                    .param("product", productKey).param("year", year));
        }
        for (var a : list) {
            jdbc.sql("insert into governance_report_answer (report_id, requirement_id, followed, explanation) values"
                            + " (:report, :requirement, :followed, :explanation)")
                    .param("report", id).param("requirement", active.get(a.requirement())).param("followed", a.followed())
                    .param("explanation", a.explanation() == null || a.explanation().isBlank() ? null
                            : a.explanation().trim()).update();
        }
        var after = report(productKey, year).orElseThrow();
        if (before.isPresent()) {
            history.updated(REPORT_RECORD, id, productKey + "/" + year, fields(before.get()), fields(after));
        } else {
            history.created(REPORT_RECORD, id, productKey + "/" + year, fields(after));
        }
        return after;
    }

    /** The secretariat's rating of a submitted report: green, amber or red (admins only). */
    @Transactional
    public Report rate(SignedInUser user, String productKey, int year, String rating) {
        if (!policy.mayMaintainRequirements(user)) {
            throw new AccessDeniedException("Only the secretariat rates governance reports");
        }
        if (rating == null || !RATINGS.contains(rating)) {
            throw new InvalidFieldsException("rating", Map.of("rating", "'" + rating + "' is not one of green, amber, red"));
        }
        record Existing(long id, String rating) {
        }
        var existing = jdbc.sql("select id, rating from governance_report where report_year = :year and product_id ="
                        + " (select id from product where product_key = :product) for update").param("product", productKey)
                .param("year", year).query((rs, n) -> new Existing(rs.getLong(1), rs.getString(2))).optional()
                .orElseThrow(() -> new RecordNotFoundException("No governance report of '" + productKey + "' for " + year));
        jdbc.sql("update governance_report set rating = :rating, rated_at = current_timestamp where id = :id")
                .param("rating", rating).param("id", existing.id()).update();
        history.updated(REPORT_RECORD, existing.id(), productKey + "/" + year,
                GovernanceStore.fields("rating", existing.rating()), GovernanceStore.fields("rating", rating));
        return report(productKey, year).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Report> report(String productKey, int year) {
        return reports(productKey).stream().filter(r -> r.year() == year).findFirst();
    }

    /** The product's reports, newest year first. */
    @Transactional(readOnly = true)
    public List<Report> reports(String productKey) {
        record Head(long id, int year, String rating, LocalDateTime submitted, LocalDateTime rated) {
        }
        var heads = jdbc.sql("select r.id, r.report_year, r.rating, r.submitted_at, r.rated_at from governance_report r"
                        + " join product p on p.id = r.product_id where p.product_key = :product order by r.report_year desc")
                .param("product", productKey)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class))).list();
        return heads.stream().map(h -> new Report(productKey, h.year(), h.rating(), h.submitted(), h.rated(),
                jdbc.sql("select q.requirement_key, q.theme, q.text, a.followed, a.explanation from governance_report_answer a"
                                + " join governance_requirement q on q.id = a.requirement_id where a.report_id = :id"
                                + " order by q.sort_order, q.theme, q.requirement_key")
                        .param("id", h.id())
                        .query((rs, n) -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                                rs.getString(5))).list())).toList();
    }

    private static Map<String, Object> fields(Requirement r) {
        return GovernanceStore.fields("theme", r.theme(), "text", r.text(), "position", r.position(), "active", r.active());
    }

    /** Each requirement answered: followed ("true"), or the explanation given; then the rating. */
    private static Map<String, Object> fields(Report report) {
        Map<String, Object> fields = new LinkedHashMap<>();
        report.answers().forEach(a -> fields.put(a.requirement(), a.followed() ? "true" : a.explanation()));
        fields.put("rating", report.rating());
        return fields;
    }
}
