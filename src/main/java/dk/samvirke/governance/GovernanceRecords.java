package dk.samvirke.governance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Governance's records as the read side gives them (interfaces.md §9). */
public final class GovernanceRecords {

    private GovernanceRecords() {
    }

    /** {@code productKey} null: a body of the association. {@code mandate} is Markdown. */
    public record Body(String key, String name, BodyType type, String productKey, String productName, String mandate,
            LocalDate since, LocalDate until, long revision) {
    }

    /** {@code productKey} is the body's product, null for the association's bodies. {@code text} is Markdown. */
    public record Decision(String key, String bodyKey, String bodyName, String productKey, LocalDate date, String title,
            String text, String eventKey, long revision) {
    }

    public record StageStep(String productKey, Stage stage, LocalDate since, String decisionKey) {
    }

    /** {@code productKey} null: the association's membership fee. */
    public record Fee(String productKey, int year, FeeKind kind, FeeBand band, BigDecimal memberAmount,
            BigDecimal nonMemberAmount) {
    }

    public record Budget(String productKey, int year, BigDecimal amount) {
    }

    /** What an upsert did. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }
}
