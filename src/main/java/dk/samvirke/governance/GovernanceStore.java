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
import dk.samvirke.shared.CodedEnum;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Governance's tables, by SQL: upserts by key for the API and the package files alike, and the reads.
 * Callers check the records first ({@link GovernanceRules}) and resolve their references.
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

    private final JdbcClient jdbc;
    private final DecisionIndexing indexing;

    GovernanceStore(JdbcClient jdbc, DecisionIndexing indexing) {
        this.jdbc = jdbc;
        this.indexing = indexing;
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
        if (existing.isEmpty()) {
            jdbc.sql("insert into governance_body (body_key, name, type, product_id, mandate, since, until, created_at,"
                            + " updated_at) values (:key, :name, :type, " + productId() + ", :mandate, :since, :until,"
                            + " current_timestamp, current_timestamp)")
                    .param("key", b.key()).param("name", b.name()).param("type", b.type().code())
                    .param("product", b.productKey()).param("mandate", b.mandate()).param("since", b.since())
                    .param("until", b.until()).update();
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
        if (existing.isEmpty()) {
            jdbc.sql("insert into governance_decision (decision_key, body_id, decided_on, title, text, event_key,"
                            + " created_at, updated_at) values (:key, (select id from governance_body where body_key = :body),"
                            + " :date, :title, :text, :event, current_timestamp, current_timestamp)")
                    .param("key", d.key()).param("body", d.bodyKey()).param("date", d.date()).param("title", d.title())
                    .param("text", d.text()).param("event", d.eventKey()).update();
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
        if (existing.isEmpty()) {
            jdbc.sql("insert into product_stage (product_id, stage, since, decision_id, created_at) values (" + productId()
                            + ", :stage, :since, " + decision + ", current_timestamp)")
                    .param("product", s.productKey()).param("stage", s.stage().code()).param("since", s.since())
                    .param("decision", s.decisionKey()).update();
            return Outcome.CREATED;
        }
        if (existing.get().stage() == s.stage() && Objects.equals(existing.get().decisionKey(), s.decisionKey())) {
            return Outcome.UNCHANGED;
        }
        jdbc.sql("update product_stage set stage = :stage, decision_id = " + decision + " where product_id = " + productId()
                        + " and since = :since")
                .param("product", s.productKey()).param("stage", s.stage().code()).param("since", s.since())
                .param("decision", s.decisionKey()).update();
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
        var existing = jdbc.sql("select member_amount, non_member_amount from governance_fee where" + where)
                .param("product", f.productKey()).param("year", f.year()).param("kind", f.kind().code())
                .param("band", f.band().code())
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).optional();
        if (existing.isEmpty()) {
            jdbc.sql("insert into governance_fee (product_id, fee_year, kind, band, member_amount, non_member_amount,"
                            + " created_at, updated_at) values (" + productId() + ", :year, :kind, :band, :member, :nonMember,"
                            + " current_timestamp, current_timestamp)")
                    .param("product", f.productKey()).param("year", f.year()).param("kind", f.kind().code())
                    .param("band", f.band().code()).param("member", f.memberAmount())
                    .param("nonMember", f.nonMemberAmount()).update();
            return Outcome.CREATED;
        }
        if (same(existing.get()[0], f.memberAmount()) && same(existing.get()[1], f.nonMemberAmount())) {
            return Outcome.UNCHANGED;
        }
        jdbc.sql("update governance_fee set member_amount = :member, non_member_amount = :nonMember,"
                        + " updated_at = current_timestamp where" + where)
                .param("product", f.productKey()).param("year", f.year()).param("kind", f.kind().code())
                .param("band", f.band().code()).param("member", f.memberAmount()).param("nonMember", f.nonMemberAmount())
                .update();
        return Outcome.UPDATED;
    }

    void deleteFees(String productKey, int year) {
        jdbc.sql("delete from governance_fee where " + (productKey == null ? "product_id is null" : "product_id = "
                        + productId()) + " and fee_year = :year")
                .params(productKey == null ? java.util.Map.of() : java.util.Map.of("product", productKey))
                .param("year", year).update();
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
        if (existing.isEmpty()) {
            jdbc.sql("insert into product_budget (product_id, budget_year, amount, created_at, updated_at) values ("
                            + productId() + ", :year, :amount, current_timestamp, current_timestamp)")
                    .param("product", b.productKey()).param("year", b.year()).param("amount", b.amount()).update();
            return Outcome.CREATED;
        }
        if (same(existing.get().amount(), b.amount())) {
            return Outcome.UNCHANGED;
        }
        jdbc.sql("update product_budget set amount = :amount, updated_at = current_timestamp where product_id = "
                        + productId() + " and budget_year = :year")
                .param("product", b.productKey()).param("year", b.year()).param("amount", b.amount()).update();
        return Outcome.UPDATED;
    }

    boolean productExists(String productKey) {
        return jdbc.sql("select count(*) from product where product_key = :product").param("product", productKey)
                .query(Integer.class).single() > 0;
    }

    java.util.Set<String> productKeys() {
        return new java.util.HashSet<>(jdbc.sql("select product_key from product").query(String.class).list());
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
