package dk.samvirke.governance;

import dk.samvirke.governance.GovernanceRecords.Body;
import dk.samvirke.governance.GovernanceRecords.Budget;
import dk.samvirke.governance.GovernanceRecords.Decision;
import dk.samvirke.governance.GovernanceRecords.Fee;
import dk.samvirke.governance.GovernanceRecords.Outcome;
import dk.samvirke.governance.GovernanceRecords.StageStep;
import dk.samvirke.governance.GovernanceRules.BodyChecked;
import dk.samvirke.governance.GovernanceRules.BudgetChecked;
import dk.samvirke.governance.GovernanceRules.DecisionChecked;
import dk.samvirke.governance.GovernanceRules.FeeChecked;
import dk.samvirke.governance.GovernanceRules.StageChecked;
import dk.samvirke.history.RecordChanges;
import dk.samvirke.shared.CodedEnum;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Governance's tables, by SQL: upserts by key for the API and the package files alike, and the reads.
 * Callers check the records first ({@link GovernanceRules}) and resolve their references. Every write leaves its
 * entry in the history ({@link RecordChanges}), as the registry's records do: who changed what, before → after.
 */
@Repository
class GovernanceStore {

    private static final String BODY = "select b.body_key, b.name, b.type, p.product_key, p.name as product_name, b.mandate,"
            + " b.since, b.until, b.version from governance_body b left join product p on p.id = b.product_id";
    private static final String DECISION = "select d.decision_key, b.body_key, b.name as body_name, p.product_key,"
            + " d.decided_on, d.title, d.text, d.event_key, d.version from governance_decision d"
            + " join governance_body b on b.id = d.body_id left join product p on p.id = b.product_id";
    private static final String DECISION_ORDER = " order by d.decided_on desc, d.id desc";
    private static final String STAGE = "select p.product_key, s.stage, s.since, d.decision_key from product_stage s"
            + " join product p on p.id = s.product_id left join governance_decision d on d.id = s.decision_id";
    private static final String FEE = "select p.product_key, f.fee_year, f.kind, f.band, f.member_amount,"
            + " f.non_member_amount from governance_fee f left join product p on p.id = f.product_id";
    private static final String BUDGET = "select p.product_key, b.budget_year, b.amount from product_budget b"
            + " join product p on p.id = b.product_id";

    /** The kinds of record governance writes, as the history names them ({@code history.type.*}). */
    static final String BODY_RECORD = "governance-body", DECISION_RECORD = "governance-decision",
            STAGE_RECORD = "product-stage", FEE_RECORD = "governance-fee", BUDGET_RECORD = "product-budget";

    private final JdbcClient jdbc;
    private final DecisionIndexing indexing;
    private final RecordChanges history;

    GovernanceStore(JdbcClient jdbc, DecisionIndexing indexing, RecordChanges history) {
        this.jdbc = jdbc;
        this.indexing = indexing;
        this.history = history;
    }

    // bodies

    Optional<Body> body(String key) {
        return jdbc.sql(BODY + " where b.body_key = :key").param("key", key).query(GovernanceStore::body).optional();
    }

    /** A product's bodies, or with {@code productKey} null the association's: by type, then name. */
    List<Body> bodiesOf(String productKey) {
        return jdbc.sql(BODY + (productKey == null ? " where b.product_id is null" : " where p.product_key = :product")
                        + " order by b.type, b.name, b.body_key")
                .params(productKey == null ? java.util.Map.of() : java.util.Map.of("product", productKey))
                .query(GovernanceStore::body).list();
    }

    List<Body> allBodies() {
        return jdbc.sql(BODY + " order by b.body_key").query(GovernanceStore::body).list();
    }

    Outcome save(BodyChecked b) {
        var existing = body(b.key());
        var after = fields("name", b.name(), "type", b.type(), "product", b.productKey(), "mandate", b.mandate(),
                "since", b.since(), "until", b.until());
        if (existing.isEmpty()) {
            long id = inserted(jdbc.sql("insert into governance_body (body_key, name, type, product_id, mandate, since,"
                            + " until, created_at, updated_at) values (:key, :name, :type, " + productId() + ", :mandate,"
                            + " :since, :until, current_timestamp, current_timestamp)")
                    .param("key", b.key()).param("name", b.name()).param("type", b.type().code())
                    .param("product", b.productKey()).param("mandate", b.mandate()).param("since", b.since())
                    .param("until", b.until()));
            history.created(BODY_RECORD, id, b.key(), after);
            return Outcome.CREATED;
        }
        var e = existing.get();
        if (e.name().equals(b.name()) && e.type() == b.type() && Objects.equals(e.productKey(), b.productKey())
                && Objects.equals(e.mandate(), b.mandate()) && Objects.equals(e.since(), b.since())
                && Objects.equals(e.until(), b.until())) {
            return Outcome.UNCHANGED;
        }
        jdbc.sql("update governance_body set name = :name, type = :type, product_id = " + productId()
                        + ", mandate = :mandate, since = :since, until = :until, version = version + 1,"
                        + " updated_at = current_timestamp where body_key = :key")
                .param("key", b.key()).param("name", b.name()).param("type", b.type().code())
                .param("product", b.productKey()).param("mandate", b.mandate()).param("since", b.since())
                .param("until", b.until()).update();
        history.updated(BODY_RECORD, id("governance_body where body_key = :key", Map.of("key", b.key())), b.key(),
                fields("name", e.name(), "type", e.type(), "product", e.productKey(), "mandate", e.mandate(),
                        "since", e.since(), "until", e.until()), after);
        return Outcome.UPDATED;
    }

    // decisions

    Optional<Decision> decision(String key) {
        return jdbc.sql(DECISION + " where d.decision_key = :key").param("key", key).query(GovernanceStore::decision)
                .optional();
    }

    /** The decisions of a product's bodies (the association's with null), newest first. */
    List<Decision> decisionsOf(String productKey, int limit) {
        return jdbc.sql(DECISION + (productKey == null ? " where b.product_id is null" : " where p.product_key = :product")
                        + DECISION_ORDER + " limit :limit")
                .params(productKey == null ? java.util.Map.of() : java.util.Map.of("product", productKey))
                .param("limit", limit).query(GovernanceStore::decision).list();
    }

    List<Decision> decisionsOfBody(String bodyKey) {
        return jdbc.sql(DECISION + " where b.body_key = :body" + DECISION_ORDER).param("body", bodyKey)
                .query(GovernanceStore::decision).list();
    }

    List<Decision> allDecisions() {
        return jdbc.sql(DECISION + " order by d.decision_key").query(GovernanceStore::decision).list();
    }

    Outcome save(DecisionChecked d) {
        var existing = decision(d.key());
        var after = fields("governingBody", d.bodyKey(), "date", d.date(), "title", d.title(), "text", d.text(),
                "event", d.eventKey());
        if (existing.isEmpty()) {
            long id = inserted(jdbc.sql("insert into governance_decision (decision_key, body_id, decided_on, title,"
                            + " text, event_key, created_at, updated_at) values (:key, (select id from governance_body"
                            + " where body_key = :body), :date, :title, :text, :event, current_timestamp, current_timestamp)")
                    .param("key", d.key()).param("body", d.bodyKey()).param("date", d.date()).param("title", d.title())
                    .param("text", d.text()).param("event", d.eventKey()));
            history.created(DECISION_RECORD, id, d.key(), after);
            indexing.changed(d.key());
            return Outcome.CREATED;
        }
        var e = existing.get();
        if (e.bodyKey().equals(d.bodyKey()) && e.date().equals(d.date()) && e.title().equals(d.title())
                && Objects.equals(e.text(), d.text()) && Objects.equals(e.eventKey(), d.eventKey())) {
            return Outcome.UNCHANGED;
        }
        jdbc.sql("update governance_decision set body_id = (select id from governance_body where body_key = :body),"
                        + " decided_on = :date, title = :title, text = :text, event_key = :event, version = version + 1,"
                        + " updated_at = current_timestamp where decision_key = :key")
                .param("key", d.key()).param("body", d.bodyKey()).param("date", d.date()).param("title", d.title())
                .param("text", d.text()).param("event", d.eventKey()).update();
        history.updated(DECISION_RECORD, id("governance_decision where decision_key = :key", Map.of("key", d.key())),
                d.key(), fields("governingBody", e.bodyKey(), "date", e.date(), "title", e.title(), "text", e.text(),
                        "event", e.eventKey()), after);
        indexing.changed(d.key());
        return Outcome.UPDATED;
    }

    // stages

    /** A product's steps, oldest first. */
    List<StageStep> stagesOf(String productKey) {
        return jdbc.sql(STAGE + " where p.product_key = :product order by s.since").param("product", productKey)
                .query(GovernanceStore::stage).list();
    }

    List<StageStep> allStages() {
        return jdbc.sql(STAGE + " order by p.product_key, s.since").query(GovernanceStore::stage).list();
    }

    /** The product's stage on the date: its step with the latest since ≤ the date. */
    Optional<StageStep> stageOn(String productKey, LocalDate date) {
        return jdbc.sql(STAGE + " where p.product_key = :product and s.since <= :d order by s.since desc limit 1")
                .param("product", productKey).param("d", date).query(GovernanceStore::stage).optional();
    }

    Outcome save(StageChecked s) {
        var existing = jdbc.sql(STAGE + " where p.product_key = :product and s.since = :since")
                .param("product", s.productKey()).param("since", s.since()).query(GovernanceStore::stage).optional();
        String decision = "(select id from governance_decision where decision_key = :decision)";
        String key = s.productKey() + "/" + s.since();
        var after = fields("product", s.productKey(), "stage", s.stage(), "since", s.since(), "decision", s.decisionKey());
        if (existing.isEmpty()) {
            long id = inserted(jdbc.sql("insert into product_stage (product_id, stage, since, decision_id, created_at)"
                            + " values (" + productId() + ", :stage, :since, " + decision + ", current_timestamp)")
                    .param("product", s.productKey()).param("stage", s.stage().code()).param("since", s.since())
                    .param("decision", s.decisionKey()));
            history.created(STAGE_RECORD, id, key, after);
            return Outcome.CREATED;
        }
        var e = existing.get();
        if (e.stage() == s.stage() && Objects.equals(e.decisionKey(), s.decisionKey())) {
            return Outcome.UNCHANGED;
        }
        jdbc.sql("update product_stage set stage = :stage, decision_id = " + decision + " where product_id = " + productId()
                        + " and since = :since")
                .param("product", s.productKey()).param("stage", s.stage().code()).param("since", s.since())
                .param("decision", s.decisionKey()).update();
        history.updated(STAGE_RECORD, id("product_stage where product_id = " + productId() + " and since = :since",
                        fields("product", s.productKey(), "since", s.since())), key,
                fields("product", e.productKey(), "stage", e.stage(), "since", e.since(), "decision", e.decisionKey()),
                after);
        return Outcome.UPDATED;
    }

    // fees

    /** The fees of a product and year (the association's membership fee with {@code productKey} null). */
    List<Fee> feesOf(String productKey, int year) {
        return jdbc.sql(FEE + (productKey == null ? " where f.product_id is null" : " where p.product_key = :product")
                        + " and f.fee_year = :year order by f.kind, f.band")
                .params(productKey == null ? java.util.Map.of() : java.util.Map.of("product", productKey))
                .param("year", year).query(GovernanceStore::fee).list();
    }

    /** Every fee of a product (or the association) over the years. */
    List<Fee> feesOf(String productKey) {
        return jdbc.sql(FEE + (productKey == null ? " where f.product_id is null" : " where p.product_key = :product")
                        + " order by f.fee_year, f.kind, f.band")
                .params(productKey == null ? java.util.Map.of() : java.util.Map.of("product", productKey))
                .query(GovernanceStore::fee).list();
    }

    /** The products with a fee for the year, in key order. */
    List<String> productsWithFees(int year) {
        return jdbc.sql("select distinct p.product_key from governance_fee f join product p on p.id = f.product_id"
                + " where f.fee_year = :year order by p.product_key").param("year", year).query(String.class).list();
    }

    List<Fee> allFees() {
        return jdbc.sql(FEE + " order by case when p.product_key is null then 0 else 1 end, p.product_key, f.fee_year,"
                + " f.kind, f.band").query(GovernanceStore::fee).list();
    }

    Outcome save(FeeChecked f) {
        String where = (f.productKey() == null ? " product_id is null" : " product_id = " + productId())
                + " and fee_year = :year and kind = :kind and band = :band";
        record Existing(long id, BigDecimal member, BigDecimal nonMember) {
        }
        var existing = jdbc.sql("select id, member_amount, non_member_amount from governance_fee where" + where)
                .param("product", f.productKey()).param("year", f.year()).param("kind", f.kind().code())
                .param("band", f.band().code())
                .query((rs, n) -> new Existing(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3))).optional();
        String key = feeKey(f.productKey(), f.year(), f.kind(), f.band());
        var after = feeFields(f.productKey(), f.year(), f.kind(), f.band(), f.memberAmount(), f.nonMemberAmount());
        if (existing.isEmpty()) {
            long id = inserted(jdbc.sql("insert into governance_fee (product_id, fee_year, kind, band, member_amount,"
                            + " non_member_amount, created_at, updated_at) values (" + productId() + ", :year, :kind, :band,"
                            + " :member, :nonMember, current_timestamp, current_timestamp)")
                    .param("product", f.productKey()).param("year", f.year()).param("kind", f.kind().code())
                    .param("band", f.band().code()).param("member", f.memberAmount())
                    .param("nonMember", f.nonMemberAmount()));
            history.created(FEE_RECORD, id, key, after);
            return Outcome.CREATED;
        }
        var e = existing.get();
        if (same(e.member(), f.memberAmount()) && same(e.nonMember(), f.nonMemberAmount())) {
            return Outcome.UNCHANGED;
        }
        // A fee another request has just deleted is not changed here, and leaves no entry.
        if (jdbc.sql("update governance_fee set member_amount = :member, non_member_amount = :nonMember,"
                        + " updated_at = current_timestamp where id = :id")
                .param("id", e.id()).param("member", f.memberAmount()).param("nonMember", f.nonMemberAmount())
                .update() == 1) {
            history.updated(FEE_RECORD, e.id(), key,
                    feeFields(f.productKey(), f.year(), f.kind(), f.band(), e.member(), e.nonMember()), after);
        }
        return Outcome.UPDATED;
    }

    /**
     * The fees of a product (or the association) and year become these: the others of that year are deleted, each
     * of these saved as {@link #save(FeeChecked)} saves it, so that a fee left as it was has no new history.
     */
    void replaceFees(String productKey, int year, List<FeeChecked> fees) {
        var kept = fees.stream().map(FeeChecked::key).collect(java.util.stream.Collectors.toSet());
        record Existing(long id, FeeChecked fee) {
        }
        var existing = jdbc.sql("select id, kind, band, member_amount, non_member_amount from governance_fee where "
                        + (productKey == null ? "product_id is null" : "product_id = " + productId())
                        + " and fee_year = :year")
                .params(productKey == null ? Map.of() : Map.of("product", productKey)).param("year", year)
                .query((rs, n) -> new Existing(rs.getLong(1), new FeeChecked(productKey, year,
                        code(FeeKind.class, rs.getString(2)), code(FeeBand.class, rs.getString(3)), rs.getBigDecimal(4),
                        rs.getBigDecimal(5)))).list();
        for (var e : existing) {
            var f = e.fee();
            // Two replacements at once: the one that deletes the row records it, the other finds nothing to delete.
            if (!kept.contains(f.key())
                    && jdbc.sql("delete from governance_fee where id = :id").param("id", e.id()).update() == 1) {
                history.deleted(FEE_RECORD, e.id(), feeKey(productKey, year, f.kind(), f.band()),
                        feeFields(productKey, year, f.kind(), f.band(), f.memberAmount(), f.nonMemberAmount()));
            }
        }
        fees.forEach(this::save);
    }

    private static String feeKey(String productKey, int year, FeeKind kind, FeeBand band) {
        return (productKey == null ? "association" : productKey) + "/" + year + "/" + kind.code() + "/" + band.code();
    }

    private static Map<String, Object> feeFields(String productKey, int year, FeeKind kind, FeeBand band,
            BigDecimal member, BigDecimal nonMember) {
        return fields("product", productKey, "year", year, "kind", kind, "band", band, "memberAmount", member,
                "nonMemberAmount", nonMember);
    }

    // budgets

    Optional<Budget> budget(String productKey, int year) {
        return jdbc.sql(BUDGET + " where p.product_key = :product and b.budget_year = :year").param("product", productKey)
                .param("year", year).query(GovernanceStore::budget).optional();
    }

    List<Budget> budgetsOf(String productKey) {
        return jdbc.sql(BUDGET + " where p.product_key = :product order by b.budget_year").param("product", productKey)
                .query(GovernanceStore::budget).list();
    }

    List<Budget> allBudgets() {
        return jdbc.sql(BUDGET + " order by p.product_key, b.budget_year").query(GovernanceStore::budget).list();
    }

    Outcome save(BudgetChecked b) {
        var existing = budget(b.productKey(), b.year());
        String key = b.productKey() + "/" + b.year();
        var after = fields("product", b.productKey(), "year", b.year(), "amount", b.amount());
        if (existing.isEmpty()) {
            long id = inserted(jdbc.sql("insert into product_budget (product_id, budget_year, amount, created_at,"
                            + " updated_at) values (" + productId() + ", :year, :amount, current_timestamp, current_timestamp)")
                    .param("product", b.productKey()).param("year", b.year()).param("amount", b.amount()));
            history.created(BUDGET_RECORD, id, key, after);
            return Outcome.CREATED;
        }
        if (same(existing.get().amount(), b.amount())) {
            return Outcome.UNCHANGED;
        }
        jdbc.sql("update product_budget set amount = :amount, updated_at = current_timestamp where product_id = "
                        + productId() + " and budget_year = :year")
                .param("product", b.productKey()).param("year", b.year()).param("amount", b.amount()).update();
        history.updated(BUDGET_RECORD, id("product_budget where product_id = " + productId() + " and budget_year = :year",
                        fields("product", b.productKey(), "year", b.year())), key,
                fields("product", b.productKey(), "year", b.year(), "amount", existing.get().amount()), after);
        return Outcome.UPDATED;
    }

    boolean productExists(String productKey) {
        return jdbc.sql("select count(*) from product where product_key = :product").param("product", productKey)
                .query(Integer.class).single() > 0;
    }

    java.util.Set<String> productKeys() {
        return new java.util.HashSet<>(jdbc.sql("select product_key from product").query(String.class).list());
    }

    /** Runs the insert and answers the new row's id. */
    static long inserted(JdbcClient.StatementSpec insert) {
        var keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The id of the one row {@code from} (a table and its where clause) names. */
    private long id(String from, Map<String, ?> params) {
        return jdbc.sql("select id from " + from).params(params).query(Long.class).single();
    }

    /** Field → value, in order, nulls kept (a field without a value is one the history shows as such). */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static String productId() {
        return "(select id from product where product_key = :product)";
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static <E extends Enum<E> & CodedEnum> E code(Class<E> type, String code) {
        return CodedEnum.fromCode(type, code).orElseThrow();
    }

    private static Body body(ResultSet rs, int n) throws SQLException {
        return new Body(rs.getString("body_key"), rs.getString("name"), code(BodyType.class, rs.getString("type")),
                rs.getString("product_key"), rs.getString("product_name"), rs.getString("mandate"),
                rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class), rs.getLong("version"));
    }

    private static Decision decision(ResultSet rs, int n) throws SQLException {
        return new Decision(rs.getString("decision_key"), rs.getString("body_key"), rs.getString("body_name"),
                rs.getString("product_key"), rs.getObject("decided_on", LocalDate.class), rs.getString("title"),
                rs.getString("text"), rs.getString("event_key"), rs.getLong("version"));
    }

    private static StageStep stage(ResultSet rs, int n) throws SQLException {
        return new StageStep(rs.getString("product_key"), code(Stage.class, rs.getString("stage")),
                rs.getObject("since", LocalDate.class), rs.getString("decision_key"));
    }

    private static Fee fee(ResultSet rs, int n) throws SQLException {
        return new Fee(rs.getString("product_key"), rs.getInt("fee_year"), code(FeeKind.class, rs.getString("kind")),
                code(FeeBand.class, rs.getString("band")), plain(rs.getBigDecimal("member_amount")),
                plain(rs.getBigDecimal("non_member_amount")));
    }

    private static Budget budget(ResultSet rs, int n) throws SQLException {
        return new Budget(rs.getString("product_key"), rs.getInt("budget_year"), plain(rs.getBigDecimal("amount")));
    }

    /** 12000.00 → 12000, 12.50 → 12.50: whole kroner without decimals, else two. */
    static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, java.math.RoundingMode.UNNECESSARY)
                : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
