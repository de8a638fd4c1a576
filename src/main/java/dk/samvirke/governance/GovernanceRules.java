package dk.samvirke.governance;

import dk.samvirke.shared.FieldCheck;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rules of governance's records (interfaces.md §9), in one place: the API, the pages and the package
 * files ({@code bodies.csv}, {@code decisions.csv}, {@code stages.csv}, {@code fees.csv},
 * {@code budgets.csv}) all check through here. Field names are the API's; references (product, body,
 * decision) are the caller's to resolve.
 */
public final class GovernanceRules {

    /** The years a fee or budget may be for. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    /** Amounts in DKK: at most 12 digits before the decimal point and 2 after. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private GovernanceRules() {
    }

    /** A body as sent, field by field as text. {@code product} empty: a body of the association. */
    public record BodyChange(String key, String name, String type, String product, String mandate, String since,
            String until) {
    }

    public record BodyChecked(String key, String name, BodyType type, String productKey, String mandate,
            LocalDate since, LocalDate until) {
    }

    public record DecisionChange(String key, String body, String date, String title, String text, String event) {
    }

    public record DecisionChecked(String key, String bodyKey, LocalDate date, String title, String text,
            String eventKey) {
    }

    public record StageChange(String product, String stage, String since, String decision) {
    }

    public record StageChecked(String productKey, Stage stage, LocalDate since, String decisionKey) {
    }

    /** {@code product} empty: the association's membership fee. */
    public record FeeChange(String product, String year, String kind, String band, String memberAmount,
            String nonMemberAmount) {
    }

    public record FeeChecked(String productKey, Integer year, FeeKind kind, FeeBand band, BigDecimal memberAmount,
            BigDecimal nonMemberAmount) {

        public Key key() {
            return new Key(productKey, year, kind, band);
        }

        public record Key(String productKey, Integer year, FeeKind kind, FeeBand band) {
        }
    }

    public record BudgetChange(String product, String year, String amount) {
    }

    public record BudgetChecked(String productKey, Integer year, BigDecimal amount) {
    }

    public static BodyChecked check(BodyChange change, FieldCheck check) {
        String key = check.key("key", change.key(), true);
        String name = check.text("name", change.name(), true, 300);
        BodyType type = check.code("type", change.type(), BodyType.class, true);
        String product = check.key("product", change.product(), false);
        String mandate = check.text("mandate", change.mandate(), false, 20_000);
        LocalDate since = check.date("since", change.since());
        LocalDate until = check.date("until", change.until());
        check.notBefore(since, "since", until, "until");
        return new BodyChecked(key, name, type, product, mandate, since, until);
    }

    public static DecisionChecked check(DecisionChange change, FieldCheck check) {
        String key = check.key("key", change.key(), true);
        String body = check.key("body", change.body(), true);
        LocalDate date = check.date("date", change.date());
        if (date == null && !check.has("date")) {
            check.problem("date", "required");
        }
        String title = check.text("title", change.title(), true, 300);
        String text = check.text("text", change.text(), false, 50_000);
        String event = check.key("event", change.event(), false);
        return new DecisionChecked(key, body, date, title, text, event);
    }

    public static StageChecked check(StageChange change, FieldCheck check) {
        String product = check.key("product", change.product(), true);
        Stage stage = check.code("stage", change.stage(), Stage.class, true);
        LocalDate since = check.date("since", change.since());
        if (since == null && !check.has("since")) {
            check.problem("since", "required");
        }
        String decision = check.key("decision", change.decision(), false);
        return new StageChecked(product, stage, since, decision);
    }

    public static FeeChecked check(FeeChange change, FieldCheck check) {
        String product = check.key("product", change.product(), false);
        Integer year = year(check, "year", change.year());
        FeeKind kind = check.code("kind", change.kind(), FeeKind.class, true);
        FeeBand band = check.code("band", change.band(), FeeBand.class, true);
        BigDecimal member = amount(check, "memberAmount", change.memberAmount());
        BigDecimal nonMember = amount(check, "nonMemberAmount", change.nonMemberAmount());
        if (band == FeeBand.EQUAL) {
            if (member != null) {
                check.problem("memberAmount", "an equal split takes no amount: it divides the budget");
            }
            if (nonMember != null) {
                check.problem("nonMemberAmount", "an equal split takes no amount: it divides the budget");
            }
        } else if (band != null && member == null && !check.has("memberAmount")) {
            check.problem("memberAmount", "required for the band '" + band.code() + "'");
        }
        return new FeeChecked(product, year, kind, band, member, nonMember);
    }

    public static BudgetChecked check(BudgetChange change, FieldCheck check) {
        String product = check.key("product", change.product(), true);
        Integer year = year(check, "year", change.year());
        BigDecimal amount = amount(check, "amount", change.amount());
        if (amount == null && !check.has("amount")) {
            check.problem("amount", "required");
        }
        return new BudgetChecked(product, year, amount);
    }

    /** A year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}; required. */
    public static Integer year(FieldCheck check, String field, String value) {
        Integer year = check.nonNegativeInteger(field, value);
        if (year == null && !check.has(field)) {
            check.problem(field, "required");
        } else if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            check.problem(field, "'" + year + "' is not a year from " + FIRST_YEAR + " to " + LAST_YEAR);
            return null;
        }
        return year;
    }

    /** An amount in DKK, ≥ 0, at most two decimals. */
    static BigDecimal amount(FieldCheck check, String field, String value) {
        BigDecimal amount = check.decimal(field, value);
        if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(MAX_AMOUNT) > 0)) {
            check.problem(field, "'" + value + "' is not an amount in kroner: ≥ 0, at most 2 decimals");
            return null;
        }
        return amount == null ? null : amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount;
    }
}
