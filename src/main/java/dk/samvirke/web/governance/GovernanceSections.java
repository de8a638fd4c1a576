package dk.samvirke.web.governance;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.governance.CostSharingService;
import dk.samvirke.governance.GovernanceDirectory;
import dk.samvirke.governance.GovernancePolicy;
import dk.samvirke.governance.GovernanceReports;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What governance shows inside other modules' pages, asked by their templates ({@code @governanceSections}): the
 * product page's "Styring og økonomi" section, an organisation's seats and what it pays, the statistics page's
 * products per stage. The product's and the organisation's controllers know nothing of it.
 */
@Component("governanceSections")
public class GovernanceSections {

    /** How many decisions the product page lists before linking to the rest. */
    static final int DECISIONS = 10;

    private final GovernanceDirectory directory;
    private final CostSharingService costs;
    private final GovernancePolicy policy;
    private final GovernanceReports reports;
    private final Clock clock;

    GovernanceSections(GovernanceDirectory directory, CostSharingService costs, GovernancePolicy policy,
            GovernanceReports reports, Clock clock) {
        this.directory = directory;
        this.costs = costs;
        this.policy = policy;
        this.reports = reports;
        this.clock = clock;
    }

    /** The product page's section: everything public. */
    public record ProductSection(GovernanceDirectory.Overview overview, List<GovernanceDirectory.DecisionView> decisions,
            int moreDecisions, CostSharingService.Sharing thisYear, List<CostSharingService.YearFigures> perYear,
            GovernanceReports.Report report, List<Integer> earlierReports, boolean maintainer, boolean admin) {

        public boolean empty() {
            return overview.stages().isEmpty() && overview.bodies().isEmpty() && overview.decisions().isEmpty()
                    && overview.fees().isEmpty() && overview.budgets().isEmpty();
        }
    }

    public ProductSection product(String productKey) {
        LocalDate today = LocalDate.now(clock);
        var overview = directory.overview(productKey, today);
        var user = SignedInUser.current().orElse(null);
        var decisions = overview.decisions();
        var all = reports.reports(productKey);
        return new ProductSection(overview, decisions.stream().limit(DECISIONS).toList(),
                Math.max(0, decisions.size() - DECISIONS), costs.ofProduct(productKey, today.getYear()).orElseThrow(),
                costs.perYear(productKey), all.isEmpty() ? null : all.get(0),
                all.stream().skip(1).map(GovernanceReports.Report::year).toList(), policy.mayMaintain(user, productKey),
                policy.maySetStage(user));
    }

    /** An organisation's seats in bodies (public) and, to its own administrators and admins, what it pays this year. */
    public record OrganisationSection(List<GovernanceDirectory.Seat> seats, CostSharingService.InvoiceBasis invoice) {
    }

    public OrganisationSection organisation(String organisationKey) {
        LocalDate today = LocalDate.now(clock);
        var user = SignedInUser.current().orElse(null);
        var invoice = policy.maySeeInvoiceBasis(user, organisationKey)
                ? costs.invoiceBasis(organisationKey, today.getYear()).orElse(null) : null;
        return new OrganisationSection(directory.seatsOf(organisationKey, today), invoice);
    }

    /** Managed products per stage on the date (the statistics page's fragment). */
    public Map<String, Long> productsByStage(LocalDate date) {
        return directory.productsByStage(date == null ? LocalDate.now(clock) : date);
    }

    /** An amount in kroner in the page's language: 12.500 kr. / DKK 12,500. */
    public String kroner(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return "en".equals(locale.getLanguage()) ? "DKK " + format.format(amount) : format.format(amount) + " kr.";
    }

    /** A share as a percentage in the page's language: 42 %. */
    public String percent(BigDecimal share) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(share.multiply(BigDecimal.valueOf(100))) + " %";
    }
}
