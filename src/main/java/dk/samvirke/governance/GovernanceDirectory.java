package dk.samvirke.governance;

import dk.samvirke.events.EventDirectory;
import dk.samvirke.events.EventSummary;
import dk.samvirke.forum.MarkdownRenderer;
import dk.samvirke.governance.GovernanceRecords.Body;
import dk.samvirke.governance.GovernanceRecords.Budget;
import dk.samvirke.governance.GovernanceRecords.Decision;
import dk.samvirke.governance.GovernanceRecords.Fee;
import dk.samvirke.governance.GovernanceRecords.StageStep;
import dk.samvirke.people.BodyMember;
import dk.samvirke.people.PeopleDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Governance's read side (interfaces.md §9), for the API and the pages alike: a product's or the
 * association's bodies with their current members, decisions newest first, stages, fees and budgets.
 * Mandates and decisions come as sanitised HTML besides their Markdown. Nothing here carries an e-mail
 * address.
 */
@Service
@Transactional(readOnly = true)
public class GovernanceDirectory {

    /** How many decisions a product's or the association's overview shows. */
    public static final int NEWEST = 200;

    private final GovernanceStore store;
    private final PeopleDirectory people;
    private final MarkdownRenderer markdown;
    private final EventDirectory events;
    private final StageFigures stages;

    GovernanceDirectory(GovernanceStore store, PeopleDirectory people, MarkdownRenderer markdown, EventDirectory events,
            StageFigures stages) {
        this.store = store;
        this.people = people;
        this.markdown = markdown;
        this.events = events;
        this.stages = stages;
    }

    /** Managed products per maturity stage on the date (§3.1 {@code productsByStage}): sandbox … retiring, none. */
    public Map<String, Long> productsByStage(LocalDate date) {
        return stages.productsByStage(date);
    }

    /** A body with its mandate as HTML and its members on the date (current ones; the chair first). */
    public record BodyView(Body body, String mandateHtml, List<BodyMember> members) {
    }

    /** {@code meeting} the event the decision was made at (§11), null without one. */
    public record DecisionView(Decision decision, String html, EventSummary meeting) {
    }

    /** {@code stage} is the stage on the date, {@code none} without one; {@code stages} oldest first. */
    public record Overview(String productKey, String stage, LocalDate stageSince, List<StageStep> stages,
            List<BodyView> bodies, List<DecisionView> decisions, List<Fee> fees, List<Budget> budgets) {
    }

    /** A product's governance on the date; {@code productKey} null: the association's (no stages, no budgets). */
    public Overview overview(String productKey, LocalDate date) {
        List<StageStep> stages = productKey == null ? List.of() : store.stagesOf(productKey);
        var current = stages.stream().filter(s -> !s.since().isAfter(date)).reduce((a, b) -> b);
        return new Overview(productKey, current.map(s -> s.stage().code()).orElse("none"),
                current.map(StageStep::since).orElse(null), stages, bodies(productKey, date),
                store.decisionsOf(productKey, NEWEST).stream().map(this::view).toList(), store.feesOf(productKey),
                productKey == null ? List.of() : store.budgetsOf(productKey));
    }

    public List<BodyView> bodies(String productKey, LocalDate date) {
        var bodies = store.bodiesOf(productKey);
        Map<String, List<BodyMember>> members = people.membersOf(bodies.stream().map(Body::key).toList(), date).stream()
                .filter(BodyMember::current).collect(Collectors.groupingBy(BodyMember::body));
        return bodies.stream().map(b -> new BodyView(b, markdown.toHtml(b.mandate()), members.getOrDefault(b.key(),
                List.of()))).toList();
    }

    public Optional<BodyView> body(String key, LocalDate date) {
        return store.body(key).map(b -> new BodyView(b, markdown.toHtml(b.mandate()),
                people.membersOf(List.of(key), date).stream().filter(BodyMember::current).toList()));
    }

    public Optional<DecisionView> decision(String key) {
        return store.decision(key).map(this::view);
    }

    public List<DecisionView> decisionsOfBody(String bodyKey) {
        return store.decisionsOfBody(bodyKey).stream().map(this::view).toList();
    }

    public boolean productExists(String productKey) {
        return store.productExists(productKey);
    }

    /** The product's stage on the date. */
    public Optional<StageStep> stageOn(String productKey, LocalDate date) {
        return store.stageOn(productKey, date);
    }

    /** Where the organisation's people sit in bodies on the date, with each body. */
    public record Seat(Body body, BodyMember member) {
    }

    public List<Seat> seatsOf(String organisationKey, LocalDate date) {
        return people.bodyMembershipsFrom(organisationKey, date).stream()
                .map(m -> store.body(m.body()).map(b -> new Seat(b, m)).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    private DecisionView view(Decision d) {
        return new DecisionView(d, markdown.toHtml(d.text()), d.eventKey() == null ? null
                : events.find(d.eventKey()).orElse(null));
    }
}
