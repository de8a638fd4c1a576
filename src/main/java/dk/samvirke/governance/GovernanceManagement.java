package dk.samvirke.governance;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.governance.GovernanceRecords.Body;
import dk.samvirke.governance.GovernanceRecords.Decision;
import dk.samvirke.governance.GovernanceRecords.Outcome;
import dk.samvirke.governance.GovernanceRules.BodyChange;
import dk.samvirke.governance.GovernanceRules.BudgetChange;
import dk.samvirke.governance.GovernanceRules.DecisionChange;
import dk.samvirke.governance.GovernanceRules.FeeChange;
import dk.samvirke.governance.GovernanceRules.StageChange;
import dk.samvirke.events.EventDirectory;
import dk.samvirke.people.ParticipationManagement;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.shared.FieldCheck;
import dk.samvirke.shared.InvalidFieldsException;
import dk.samvirke.shared.RecordNotFoundException;
import dk.samvirke.shared.VersionConflictException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Governance's writes (interfaces.md §9) for the API and the pages: who may is {@link GovernancePolicy}'s,
 * what is valid {@link GovernanceRules}' — the same as the package files'. Every write is one transaction;
 * bad input is a {@link GovernanceValidationException} naming the fields, and nothing is written.
 */
@Service
public class GovernanceManagement {

    private final GovernanceStore store;
    private final GovernancePolicy policy;
    private final ParticipationManagement participations;
    private final EventDirectory events;

    GovernanceManagement(GovernanceStore store, GovernancePolicy policy, ParticipationManagement participations,
            EventDirectory events) {
        this.store = store;
        this.policy = policy;
        this.participations = participations;
        this.events = events;
    }

    public record Saved<T>(Outcome outcome, T record) {
    }

    /** A body member as sent: the person's e-mail address, the period, whether they chair the body. */
    public record MemberChange(String person, String since, String until, Boolean chair) {
    }

    /**
     * Creates or changes the body with this key. Its product (empty: the association) decides who may;
     * a body cannot move to another product. {@code expectedRevision} (If-Match), when given, must be current.
     */
    @Transactional
    public Saved<Body> saveBody(SignedInUser user, String key, BodyChange change, Long expectedRevision) {
        var existing = store.body(key);
        String product = blankToNull(change.product());
        authorise(user, product);
        existing.ifPresent(b -> authorise(user, b.productKey()));
        var check = new FieldCheck();
        var checked = GovernanceRules.check(new BodyChange(key, change.name(), change.type(), product, change.mandate(),
                change.since(), change.until()), check);
        if (checked.productKey() != null && !store.productExists(checked.productKey())) {
            check.problem("product", "no product '" + checked.productKey() + "'");
        }
        if (existing.isPresent() && !Objects.equals(existing.get().productKey(), checked.productKey())) {
            check.problem("product", "the body belongs to " + scope(existing.get().productKey())
                    + "; a body cannot move to another product");
        }
        check.orThrow(GovernanceValidationException::new);
        if (existing.isPresent() && expectedRevision != null && existing.get().revision() != expectedRevision) {
            throw new GovernanceVersionConflictException("body", existing.get().revision());
        }
        var outcome = store.save(checked);
        return new Saved<>(outcome, store.body(key).orElseThrow());
    }

    /** Makes a person a member of the body: a participation in its product with the body (interfaces.md §9). */
    @Transactional
    public long addMember(SignedInUser user, String bodyKey, MemberChange change) {
        var body = store.body(bodyKey).orElseThrow(() -> new BodyNotFoundException(bodyKey));
        authorise(user, body.productKey());
        return participations.addBodyMember(bodyKey, body.productKey(), roleOf(body.type()), change.person(),
                change.since(), change.until(), Boolean.TRUE.equals(change.chair()));
    }

    @Transactional
    public void removeMember(SignedInUser user, String bodyKey, long participationId) {
        var body = store.body(bodyKey).orElseThrow(() -> new BodyNotFoundException(bodyKey));
        authorise(user, body.productKey());
        if (!participations.removeBodyMember(bodyKey, participationId)) {
            throw new RecordNotFoundException("No member " + participationId + " of the body '" + bodyKey + "'");
        }
    }

    /**
     * Records a decision of one of the product's bodies ({@code productKey} null: of the association's); a body
     * of another product is a 422 naming {@code body}. Without a key the decision gets one from its date and title.
     */
    @Transactional
    public Decision addDecision(SignedInUser user, String productKey, DecisionChange change) {
        authorise(user, productKey);
        if (productKey != null && !store.productExists(productKey)) {
            throw new RecordNotFoundException("No product '" + productKey + "'");
        }
        var check = new FieldCheck();
        String key = blankToNull(change.key());
        var probe = GovernanceRules.check(new DecisionChange(key == null ? "k" : key, change.body(), change.date(),
                change.title(), change.text(), change.event()), check);
        if (probe.bodyKey() != null) {
            var body = store.body(probe.bodyKey());
            if (body.isEmpty()) {
                check.problem("body", "no body '" + probe.bodyKey() + "'");
            } else if (!Objects.equals(body.get().productKey(), productKey)) {
                check.problem("body", "the body '" + probe.bodyKey() + "' belongs to " + scope(body.get().productKey())
                        + ", not to " + scope(productKey));
            }
        }
        if (probe.eventKey() != null && events.find(probe.eventKey()).isEmpty()) {
            check.problem("event", "no event '" + probe.eventKey() + "'");
        }
        if (key != null && store.decision(key).isPresent()) {
            check.problem("key", "a decision '" + key + "' exists already");
        }
        check.orThrow(GovernanceValidationException::new);
        String finalKey = key != null ? key : newDecisionKey(probe.date().toString(), probe.title());
        store.save(new GovernanceRules.DecisionChecked(finalKey, probe.bodyKey(), probe.date(), probe.title(),
                probe.text(), probe.eventKey()));
        return store.decision(finalKey).orElseThrow();
    }

    /** A step of the product's maturity stage (administrators only); the decision, when named, must exist. */
    @Transactional
    public GovernanceRecords.StageStep addStage(SignedInUser user, String productKey, StageChange change) {
        if (!policy.maySetStage(user)) {
            throw new AccessDeniedException("Only administrators set a product's maturity stage");
        }
        if (!store.productExists(productKey)) {
            throw new RecordNotFoundException("No product '" + productKey + "'");
        }
        var check = new FieldCheck();
        var checked = GovernanceRules.check(new StageChange(productKey, change.stage(), change.since(),
                change.decision()), check);
        if (checked.decisionKey() != null) {
            var decision = store.decision(checked.decisionKey());
            if (decision.isEmpty()) {
                check.problem("decision", "no decision '" + checked.decisionKey() + "'");
            } else if (decision.get().productKey() != null && !decision.get().productKey().equals(productKey)) {
                check.problem("decision", "the decision '" + checked.decisionKey() + "' is of the product '"
                        + decision.get().productKey() + "'");
            }
        }
        check.orThrow(GovernanceValidationException::new);
        store.save(checked);
        return new GovernanceRecords.StageStep(productKey, checked.stage(), checked.since(), checked.decisionKey());
    }

    /**
     * Replaces the fees of one year of a product ({@code productKey} null: the association's membership fee) with
     * {@code fees}; each row's fields are named {@code fees[i].field} when wrong.
     */
    @Transactional
    public List<GovernanceRecords.Fee> replaceFees(SignedInUser user, String productKey, int year, List<FeeChange> fees) {
        authorise(user, productKey);
        if (productKey != null && !store.productExists(productKey)) {
            throw new RecordNotFoundException("No product '" + productKey + "'");
        }
        var all = new FieldCheck();
        if (GovernanceRules.year(new FieldCheck(), "year", String.valueOf(year)) == null) {
            all.problem("year", "'" + year + "' is not a year from 1900 to 9999");
        }
        List<GovernanceRules.FeeChecked> checked = new java.util.ArrayList<>();
        Set<GovernanceRules.FeeChecked.Key> seen = new HashSet<>();
        for (int i = 0; i < fees.size(); i++) {
            var f = fees.get(i);
            var check = new FieldCheck();
            var c = GovernanceRules.check(new FeeChange(productKey, String.valueOf(year), f.kind(), f.band(),
                    f.memberAmount(), f.nonMemberAmount()), check);
            if (c.kind() != null && c.band() != null && !seen.add(c.key())) {
                check.problem("band", "a second row for " + c.kind().code() + " and " + c.band().code());
            }
            String prefix = "fees[" + i + "].";
            check.problems().forEach((field, message) -> all.problem(prefix + field, message));
            checked.add(c);
        }
        all.orThrow(GovernanceValidationException::new);
        store.replaceFees(productKey, year, checked);
        return store.feesOf(productKey, year);
    }

    @Transactional
    public Saved<GovernanceRecords.Budget> saveBudget(SignedInUser user, String productKey, int year, String amount) {
        authorise(user, productKey);
        if (!store.productExists(productKey)) {
            throw new RecordNotFoundException("No product '" + productKey + "'");
        }
        var check = new FieldCheck();
        var checked = GovernanceRules.check(new BudgetChange(productKey, String.valueOf(year), amount), check);
        check.orThrow(GovernanceValidationException::new);
        var outcome = store.save(checked);
        return new Saved<>(outcome, store.budget(productKey, year).orElseThrow());
    }

    static ParticipationRole roleOf(BodyType type) {
        return switch (type) {
            case STEERING_COMMITTEE -> ParticipationRole.STEERING_COMMITTEE;
            case COORDINATION_GROUP -> ParticipationRole.COORDINATION_GROUP;
            case WORKING_GROUP -> ParticipationRole.WORKING_GROUP;
            case BOARD -> ParticipationRole.BOARD;
            case GENERAL_ASSEMBLY, OTHER -> ParticipationRole.OTHER;
        };
    }

    private String newDecisionKey(String date, String title) {
        String slug = Normalizer.normalize(title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe")
                .replace("å", "aa"), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String base = (date + (slug.isEmpty() ? "" : "-" + slug));
        base = base.length() > 90 ? base.substring(0, 90).replaceAll("-+$", "") : base;
        String key = base;
        for (int n = 2; store.decision(key).isPresent(); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private void authorise(SignedInUser user, String productKey) {
        if (!policy.mayMaintain(user, productKey)) {
            throw new AccessDeniedException(productKey == null ? "Only administrators maintain the association's governance"
                    : "Only the product's managers and administrators maintain its governance");
        }
    }

    private static String scope(String productKey) {
        return productKey == null ? "the association" : "the product '" + productKey + "'";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static class GovernanceValidationException extends InvalidFieldsException {
        GovernanceValidationException(Map<String, String> problems) {
            super("governance record", problems);
        }
    }

    public static class BodyNotFoundException extends RecordNotFoundException {
        BodyNotFoundException(String key) {
            super("No body '" + key + "'");
        }
    }

    public static class GovernanceVersionConflictException extends VersionConflictException {
        GovernanceVersionConflictException(String what, long current) {
            super(what, current);
        }
    }
}
