package dk.samvirke.api.v1;

import dk.samvirke.governance.CostSharingService;
import dk.samvirke.governance.GovernanceDirectory;
import dk.samvirke.governance.GovernanceManagement;
import dk.samvirke.governance.GovernanceManagement.MemberChange;
import dk.samvirke.governance.GovernancePolicy;
import dk.samvirke.governance.GovernanceRecords;
import dk.samvirke.governance.GovernanceReports;
import dk.samvirke.governance.GovernanceRecords.Outcome;
import dk.samvirke.governance.GovernanceRules;
import dk.samvirke.governance.GovernanceRules.BodyChange;
import dk.samvirke.governance.GovernanceRules.DecisionChange;
import dk.samvirke.governance.GovernanceRules.FeeChange;
import dk.samvirke.governance.GovernanceRules.StageChange;
import dk.samvirke.people.BodyMember;
import dk.samvirke.shared.InvalidParameterException;
import dk.samvirke.shared.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Governance and economics (interfaces.md §9): bodies and their members, decisions, maturity stages, fees,
 * budgets, cost sharing and invoice basis. Reads are public except the invoice basis; writes follow
 * {@link GovernancePolicy}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Governance", description = "Who steers each product and the association, what they decided, how mature"
        + " each product is and what each organisation pays")
class GovernanceResource {

    private final GovernanceDirectory directory;
    private final GovernanceManagement management;
    private final CostSharingService costs;
    private final GovernancePolicy policy;
    private final GovernanceReports reports;
    private final Clock clock;

    GovernanceResource(GovernanceDirectory directory, GovernanceManagement management, CostSharingService costs,
            GovernancePolicy policy, GovernanceReports reports, Clock clock) {
        this.directory = directory;
        this.management = management;
        this.costs = costs;
        this.policy = policy;
        this.reports = reports;
        this.clock = clock;
    }

    // representations

    record MemberRepresentation(long id, String name, String organisation, String organisationName, String title,
            String role, boolean chair, LocalDate since, LocalDate until) {

        static MemberRepresentation of(BodyMember m) {
            return new MemberRepresentation(m.id(), m.name(), m.organisation() == null ? null : m.organisation().key(),
                    m.organisation() == null ? null : m.organisation().name(), m.title(), m.role().code(), m.chair(),
                    m.since(), m.until());
        }
    }

    record BodyRepresentation(String key, String name, String type, String product, String mandate,
            String mandateMarkdown, LocalDate since, LocalDate until, List<MemberRepresentation> members,
            long revision) {

        static BodyRepresentation of(GovernanceDirectory.BodyView v) {
            var b = v.body();
            return new BodyRepresentation(b.key(), b.name(), b.type().code(), b.productKey(), v.mandateHtml(),
                    b.mandate(), b.since(), b.until(), v.members().stream().map(MemberRepresentation::of).toList(),
                    b.revision());
        }
    }

    /** The meeting a decision was made at (§11). */
    record MeetingRepresentation(String key, String title, java.time.LocalDateTime starts, String url) {
    }

    record DecisionRepresentation(String key, String body, String bodyName, String product, LocalDate date,
            String title, String html, String text, String event, MeetingRepresentation meeting, String url) {

        static DecisionRepresentation of(GovernanceDirectory.DecisionView v) {
            var d = v.decision();
            var m = v.meeting();
            return new DecisionRepresentation(d.key(), d.bodyKey(), d.bodyName(), d.productKey(), d.date(), d.title(),
                    v.html(), d.text(), d.eventKey(), m == null ? null : new MeetingRepresentation(m.key(), m.titleDa(),
                            m.starts(), m.path()), "/beslutninger/" + d.key());
        }
    }

    record StageRepresentation(String stage, LocalDate since, String decision) {

        static StageRepresentation of(GovernanceRecords.StageStep s) {
            return new StageRepresentation(s.stage().code(), s.since(), s.decisionKey());
        }
    }

    record FeeRepresentation(Integer year, String kind, String band, BigDecimal memberAmount,
            BigDecimal nonMemberAmount) {

        static FeeRepresentation of(GovernanceRecords.Fee f) {
            return new FeeRepresentation(f.year(), f.kind().code(), f.band().code(), f.memberAmount(),
                    f.nonMemberAmount());
        }
    }

    record BudgetRepresentation(int year, BigDecimal amount) {
    }

    record GovernanceRepresentation(String product, String stage, LocalDate stageSince, List<StageRepresentation> stages,
            List<BodyRepresentation> bodies, List<DecisionRepresentation> decisions, List<FeeRepresentation> fees,
            List<BudgetRepresentation> budgets) {

        static GovernanceRepresentation of(GovernanceDirectory.Overview o) {
            return new GovernanceRepresentation(o.productKey(), o.productKey() == null ? null : o.stage(),
                    o.stageSince(), o.stages().stream().map(StageRepresentation::of).toList(),
                    o.bodies().stream().map(BodyRepresentation::of).toList(),
                    o.decisions().stream().map(DecisionRepresentation::of).toList(),
                    o.fees().stream().map(FeeRepresentation::of).toList(),
                    o.budgets().stream().map(b -> new BudgetRepresentation(b.year(), b.amount())).toList());
        }
    }

    record LineRepresentation(String organisation, String name, String band, boolean member, String kind,
            BigDecimal amount) {
    }

    record ProblemRepresentation(String organisation, String name, String message) {
    }

    record CostSharingRepresentation(String product, int year, BigDecimal budget, BigDecimal total, BigDecimal coverage,
            List<LineRepresentation> lines, List<ProblemRepresentation> problems) {

        static CostSharingRepresentation of(CostSharingService.Sharing s) {
            return new CostSharingRepresentation(s.product(), s.year(), s.budget(), s.total(), s.coverage(),
                    s.lines().stream().map(l -> new LineRepresentation(l.organisation(), l.name(),
                            l.band() == null ? null : l.band().code(), l.member(), l.kind().code(), l.amount())).toList(),
                    s.problems().stream().map(p -> new ProblemRepresentation(p.organisation(), p.name(), p.message()))
                            .toList());
        }
    }

    record InvoiceLineRepresentation(String product, String productName, String kind, String band, boolean member,
            BigDecimal amount) {
    }

    record InvoiceBasisRepresentation(String organisation, String name, String cvr, String ean, int year,
            List<InvoiceLineRepresentation> lines, BigDecimal total, List<String> problems) {

        static InvoiceBasisRepresentation of(CostSharingService.InvoiceBasis b) {
            return new InvoiceBasisRepresentation(b.organisation(), b.name(), b.cvr(), b.ean(), b.year(),
                    b.lines().stream().map(l -> new InvoiceLineRepresentation(l.product(), l.productName(),
                            l.kind().code(), l.band() == null ? null : l.band().code(), l.member(), l.amount())).toList(),
                    b.total(), b.problems());
        }
    }

    /** A decision as sent; {@code key} optional (made from the date and title when absent). */
    record DecisionRequest(String key, String body, String date, String title, String text, String event) {
    }

    record BodyRequest(String name, String type, String product, String mandate, String since, String until) {
    }

    record FeeRequest(String kind, String band, String memberAmount, String nonMemberAmount) {
    }

    record BudgetRequest(String amount) {
    }

    // reads

    @GetMapping("/products/{key}/governance")
    @Operation(summary = "A product's governance: its stage and stage history, bodies with members and mandate, "
            + "decisions newest first, fees and budgets (public; no e-mail addresses)")
    GovernanceRepresentation productGovernance(@PathVariable String key,
            @RequestParam(required = false) LocalDate asOf) {
        exists(key);
        return GovernanceRepresentation.of(directory.overview(key, asOf == null ? today() : asOf));
    }

    @GetMapping("/governance")
    @Operation(summary = "The association's own bodies, decisions and membership fee (public)")
    GovernanceRepresentation associationGovernance() {
        return GovernanceRepresentation.of(directory.overview(null, today()));
    }

    @GetMapping("/bodies/{key}")
    @Operation(summary = "One body with its mandate, current members and decisions (public)")
    ResponseEntity<BodyWithDecisions> body(@PathVariable String key) {
        var body = directory.body(key, today())
                .orElseThrow(() -> new RecordNotFoundException("No body '" + key + "'"));
        return ResponseEntity.ok().eTag(ETags.of(body.body().revision())).body(new BodyWithDecisions(
                BodyRepresentation.of(body), directory.decisionsOfBody(key).stream().map(DecisionRepresentation::of)
                        .toList()));
    }

    record BodyWithDecisions(BodyRepresentation body, List<DecisionRepresentation> decisions) {
    }

    @GetMapping("/decisions/{key}")
    @Operation(summary = "One decision with its text as sanitised HTML (public)")
    DecisionRepresentation decision(@PathVariable String key) {
        return directory.decision(key).map(DecisionRepresentation::of)
                .orElseThrow(() -> new RecordNotFoundException("No decision '" + key + "'"));
    }

    @GetMapping("/products/{key}/cost-sharing")
    @Operation(summary = "What each organisation pays for the product in a year (public money: public): lines in "
            + "organisation-key order, budget, total, coverage and the organisations that could not be priced")
    CostSharingRepresentation costSharing(@PathVariable String key, @RequestParam(required = false) Integer year) {
        return costs.ofProduct(key, year(year)).map(CostSharingRepresentation::of)
                .orElseThrow(() -> new RecordNotFoundException("No product '" + key + "'"));
    }

    @GetMapping("/governance/membership-fee")
    @Operation(summary = "What each member pays the association in a year: its annual and joining fees (public)")
    CostSharingRepresentation membershipFee(@RequestParam(required = false) Integer year) {
        return CostSharingRepresentation.of(costs.membership(year(year)));
    }

    @GetMapping("/organisations/{key}/invoice-basis")
    @Operation(summary = "Every line an organisation owes for a year — each product and the membership fee — and the "
            + "total (the organisation's administrators and administrators)")
    InvoiceBasisRepresentation invoiceBasis(@PathVariable String key, @RequestParam(required = false) Integer year) {
        var user = Actors.signedIn();
        if (!policy.maySeeInvoiceBasis(user, key)) {
            throw new AccessDeniedException("Only the organisation's administrators see its invoice basis");
        }
        return costs.invoiceBasis(key, year(year)).map(InvoiceBasisRepresentation::of)
                .orElseThrow(() -> new RecordNotFoundException("No organisation '" + key + "'"));
    }

    @GetMapping(path = "/admin/invoice-basis", produces = "text/csv")
    @Operation(summary = "Every organisation's lines of a year as CSV for the finance system: organisation, name, CVR, "
            + "EAN, product or membership, kind, band, member, amount (administrators)")
    ResponseEntity<byte[]> invoiceCsv(@RequestParam(required = false) Integer year) {
        var user = Actors.signedIn();
        if (!policy.maySeeAllInvoices(user)) {
            throw new AccessDeniedException("Only administrators export the invoice basis");
        }
        int y = year(year);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"invoice-basis-" + y + ".csv\"")
                .body(costs.invoiceCsv(y));
    }

    // writes

    @PostMapping("/products/{key}/decisions")
    @Operation(summary = "Record a decision of one of the product's bodies (its product managers and administrators); "
            + "a body of another product is 422")
    ResponseEntity<DecisionRepresentation> addDecision(@PathVariable String key, @RequestBody DecisionRequest request) {
        return created(management.addDecision(Actors.signedIn(), key, decision(request)));
    }

    @PostMapping("/governance/decisions")
    @Operation(summary = "Record a decision of the association's board or general assembly (administrators)")
    ResponseEntity<DecisionRepresentation> addAssociationDecision(@RequestBody DecisionRequest request) {
        return created(management.addDecision(Actors.signedIn(), null, decision(request)));
    }

    @PostMapping("/products/{key}/stages")
    @Operation(summary = "Set the product's maturity stage from a date, with the decision behind it (administrators only)")
    ResponseEntity<StageRepresentation> addStage(@PathVariable String key, @RequestBody StageChange request) {
        var step = management.addStage(Actors.signedIn(), key, request);
        return ResponseEntity.status(HttpStatus.CREATED).body(StageRepresentation.of(step));
    }

    @PutMapping("/bodies/{key}")
    @Operation(summary = "Create or change a body: a product's (its product managers and administrators) or the "
            + "association's (administrators). Send If-Match with the ETag you read to be told (412) of a change meanwhile")
    ResponseEntity<BodyRepresentation> putBody(@PathVariable String key, @RequestBody BodyRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var saved = management.saveBody(Actors.signedIn(), key, new BodyChange(key, request.name(), request.type(),
                request.product(), request.mandate(), request.since(), request.until()), ETags.version(ifMatch));
        var view = directory.body(key, today()).orElseThrow();
        return ResponseEntity.status(saved.outcome() == Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ETags.of(saved.record().revision())).body(BodyRepresentation.of(view));
    }

    @PostMapping("/bodies/{key}/members")
    @Operation(summary = "Make a person a member of the body, optionally its chair (the body's product managers and "
            + "administrators; the association's bodies: administrators)")
    ResponseEntity<BodyRepresentation> addMember(@PathVariable String key, @RequestBody MemberChange request) {
        management.addMember(Actors.signedIn(), key, request);
        return ResponseEntity.status(HttpStatus.CREATED).body(BodyRepresentation.of(directory.body(key, today())
                .orElseThrow()));
    }

    @DeleteMapping("/bodies/{key}/members/{id}")
    @Operation(summary = "Remove a membership of the body (as for adding one)")
    ResponseEntity<Void> removeMember(@PathVariable String key, @PathVariable long id) {
        management.removeMember(Actors.signedIn(), key, id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/products/{key}/fees/{year}")
    @Operation(summary = "Replace the product's fees of a year (its product managers and administrators)")
    List<FeeRepresentation> putFees(@PathVariable String key, @PathVariable int year,
            @RequestBody List<FeeRequest> fees) {
        return management.replaceFees(Actors.signedIn(), key, year, feeChanges(fees)).stream()
                .map(FeeRepresentation::of).toList();
    }

    @PutMapping("/governance/fees/{year}")
    @Operation(summary = "Replace the association's membership fees of a year (administrators)")
    List<FeeRepresentation> putMembershipFees(@PathVariable int year, @RequestBody List<FeeRequest> fees) {
        return management.replaceFees(Actors.signedIn(), null, year, feeChanges(fees)).stream()
                .map(FeeRepresentation::of).toList();
    }

    @PutMapping("/products/{key}/budgets/{year}")
    @Operation(summary = "Set the product's budget of a year in DKK (its product managers and administrators)")
    ResponseEntity<BudgetRepresentation> putBudget(@PathVariable String key, @PathVariable int year,
            @RequestBody BudgetRequest request) {
        var saved = management.saveBudget(Actors.signedIn(), key, year, request.amount());
        return ResponseEntity.status(saved.outcome() == Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new BudgetRepresentation(saved.record().year(), saved.record().amount()));
    }

    // governance reports ("følg eller forklar")

    @GetMapping("/governance/requirements")
    @Operation(summary = "The requirements of the yearly governance report, grouped in themes (public)")
    List<GovernanceReports.Requirement> requirements() {
        return reports.requirements(false);
    }

    @PutMapping("/governance/requirements/{key}")
    @Operation(summary = "Create or change a requirement of the governance report; retire it with active false "
            + "(administrators)")
    GovernanceReports.Requirement putRequirement(@PathVariable String key,
            @RequestBody GovernanceReports.RequirementChange request) {
        return reports.saveRequirement(Actors.signedIn(), key, request);
    }

    @GetMapping("/products/{key}/governance-reports")
    @Operation(summary = "A product's governance reports, newest year first: each requirement followed or explained, "
            + "and the secretariat's rating (public)")
    List<GovernanceReports.Report> governanceReports(@PathVariable String key) {
        exists(key);
        return reports.reports(key);
    }

    record ReportRequest(List<GovernanceReports.AnswerChange> answers) {
    }

    record RatingRequest(String rating) {
    }

    @PutMapping("/products/{key}/governance-reports/{year}")
    @Operation(summary = "Submit or replace the product's governance report of a year: every active requirement "
            + "followed or explained (its product managers and administrators)")
    GovernanceReports.Report putGovernanceReport(@PathVariable String key, @PathVariable int year,
            @RequestBody ReportRequest request) {
        return reports.submit(Actors.signedIn(), key, year, request.answers());
    }

    @PutMapping("/products/{key}/governance-reports/{year}/rating")
    @Operation(summary = "Rate a governance report green, amber or red (administrators)")
    GovernanceReports.Report rateGovernanceReport(@PathVariable String key, @PathVariable int year,
            @RequestBody RatingRequest request) {
        return reports.rate(Actors.signedIn(), key, year, request.rating());
    }

    private static List<FeeChange> feeChanges(List<FeeRequest> fees) {
        return fees == null ? List.of() : fees.stream().map(f -> new FeeChange(null, null, f.kind(), f.band(),
                f.memberAmount(), f.nonMemberAmount())).toList();
    }

    private static DecisionChange decision(DecisionRequest r) {
        return new DecisionChange(r.key(), r.body(), r.date(), r.title(), r.text(), r.event());
    }

    private ResponseEntity<DecisionRepresentation> created(GovernanceRecords.Decision decision) {
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.key()))
                .body(DecisionRepresentation.of(directory.decision(decision.key()).orElseThrow()));
    }

    private void exists(String productKey) {
        if (!directory.productExists(productKey)) {
            throw new RecordNotFoundException("No product '" + productKey + "'");
        }
    }

    private int year(Integer year) {
        if (year == null) {
            return today().getYear();
        }
        if (year < GovernanceRules.FIRST_YEAR || year > GovernanceRules.LAST_YEAR) {
            throw new InvalidParameterException("year", "'" + year + "' is not a year from " + GovernanceRules.FIRST_YEAR
                    + " to " + GovernanceRules.LAST_YEAR);
        }
        return year;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
