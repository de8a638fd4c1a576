package dk.samvirke.governance;

import dk.samvirke.governance.CostSharing.Bands;
import dk.samvirke.governance.CostSharing.Candidate;
import dk.samvirke.organisations.OrganisationSql;
import dk.samvirke.usage.UsageSql;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each organisation pays (interfaces.md §9), from the database: a product's cost sharing for a year, the
 * association's membership fee, an organisation's invoice basis, and every line of a year as one CSV for the
 * secretariat's finance system. The amounts are {@link CostSharing}'s; this class only gathers its input (who
 * exists, is a member and uses the product on 1 January, when each began) by SQL.
 */
@Service
@Transactional(readOnly = true)
public class CostSharingService {

    /** The product of a membership fee line (the association's own). */
    public static final String MEMBERSHIP = "membership";

    private final JdbcClient jdbc;
    private final GovernanceStore store;
    private final Bands bands;

    CostSharingService(JdbcClient jdbc, GovernanceStore store,
            @Value("${samvirke.cost-sharing.bands:25000,60000,120000}") List<Integer> bands) {
        this.jdbc = jdbc;
        this.store = store;
        if (bands.size() != 3) {
            throw new IllegalArgumentException("samvirke.cost-sharing.bands needs three lower bounds (medium, large,"
                    + " very-large), not " + bands);
        }
        this.bands = new Bands(bands.get(0), bands.get(1), bands.get(2));
    }

    /** A line with the organisation's name. */
    public record Line(String organisation, String name, FeeBand band, boolean member, FeeKind kind, BigDecimal amount) {
    }

    public record Problem(String organisation, String name, String message) {
    }

    /** {@code product} null: the association's membership fee. */
    public record Sharing(String product, int year, BigDecimal budget, BigDecimal total, BigDecimal coverage,
            List<Line> lines, List<Problem> problems) {
    }

    /** One line of an organisation's invoice basis: {@code product} is a product key or {@value #MEMBERSHIP}. */
    public record InvoiceLine(String product, String productName, FeeKind kind, FeeBand band, boolean member,
            BigDecimal amount) {
    }

    public record InvoiceBasis(String organisation, String name, String cvr, String ean, int year,
            List<InvoiceLine> lines, BigDecimal total, List<String> problems) {
    }

    public Bands bands() {
        return bands;
    }

    /** A product's budget and what its users pay in one year ({@code budget} null without one). */
    public record YearFigures(int year, BigDecimal budget, BigDecimal paid, BigDecimal coverage) {
    }

    /** Every year the product has a budget or fees for, oldest first: its budget against what its users pay. */
    public List<YearFigures> perYear(String productKey) {
        var years = new java.util.TreeSet<Integer>();
        store.budgetsOf(productKey).forEach(b -> years.add(b.year()));
        store.feesOf(productKey).forEach(f -> years.add(f.year()));
        return years.stream().map(y -> ofProduct(productKey, y).orElseThrow())
                .map(s -> new YearFigures(s.year(), s.budget(), s.total(), s.coverage())).toList();
    }

    /** The product's cost sharing in the year; empty when there is no such product. */
    public Optional<Sharing> ofProduct(String productKey, int year) {
        if (!store.productExists(productKey)) {
            return Optional.empty();
        }
        var result = CostSharing.compute(year, usersOf(productKey, year), calculatorFees(store.feesOf(productKey, year)),
                store.budget(productKey, year).map(GovernanceRecords.Budget::amount).orElse(null), bands);
        return Optional.of(named(productKey, result));
    }

    /** The association's membership fee in the year. */
    public Sharing membership(int year) {
        var result = CostSharing.compute(year, members(year), calculatorFees(store.feesOf(null, year)), null, bands);
        return named(null, result);
    }

    /** Every line the organisation owes for the year (each product, then the membership fee); empty when unknown. */
    public Optional<InvoiceBasis> invoiceBasis(String organisationKey, int year) {
        var org = organisations(Set.of(organisationKey)).get(organisationKey);
        if (org == null) {
            return Optional.empty();
        }
        List<InvoiceLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (var sharing : sharingsOf(year, productsUsedBy(organisationKey))) {
            sharing.lines().stream().filter(l -> l.organisation().equals(organisationKey))
                    .forEach(l -> lines.add(invoiceLine(sharing, l)));
            sharing.problems().stream().filter(p -> organisationKey.equals(p.organisation()))
                    .forEach(p -> problems.add((sharing.product() == null ? MEMBERSHIP : sharing.product()) + ": "
                            + p.message()));
        }
        BigDecimal total = lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new InvoiceBasis(organisationKey, org.name(), org.cvr(), org.ean(), year, lines, total,
                problems));
    }

    /**
     * Every line of the year as CSV for the finance system: organisation, name, cvr, ean, product (or
     * {@value #MEMBERSHIP}), kind, band, member, amount — by organisation, then product. Text cells that a
     * spreadsheet would run get a leading apostrophe.
     */
    public byte[] invoiceCsv(int year) {
        record Row(String organisation, String product, InvoiceLine line) {
        }
        List<Row> rows = new ArrayList<>();
        for (var sharing : sharingsOf(year, null)) {
            sharing.lines().forEach(l -> rows.add(new Row(l.organisation(),
                    sharing.product() == null ? "~" : sharing.product(), invoiceLine(sharing, l))));
        }
        rows.sort(Comparator.comparing(Row::organisation).thenComparing(Row::product)
                .thenComparing(r -> r.line().kind()));
        var orgs = organisations(rows.stream().map(Row::organisation).toList());
        StringBuilder csv = new StringBuilder("organisation,name,cvr,ean,product,kind,band,member,amount\r\n");
        for (Row r : rows) {
            var org = orgs.get(r.organisation());
            var l = r.line();
            csv.append(String.join(",", cell(r.organisation()), cell(org.name()), cell(org.cvr()), cell(org.ean()),
                    cell(l.product()), l.kind().code(), l.band() == null ? "" : l.band().code(),
                    l.member() ? "yes" : "no", l.amount().toPlainString())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Each product with fees for the year (only those in {@code only}, when given), then the membership fee. */
    private List<Sharing> sharingsOf(int year, Collection<String> only) {
        List<Sharing> result = new ArrayList<>();
        for (String product : store.productsWithFees(year)) {
            if (only == null || only.contains(product)) {
                ofProduct(product, year).ifPresent(result::add);
            }
        }
        result.add(membership(year));
        return result;
    }

    private InvoiceLine invoiceLine(Sharing sharing, Line l) {
        String product = sharing.product() == null ? MEMBERSHIP : sharing.product();
        String name = sharing.product() == null ? null : productName(sharing.product());
        return new InvoiceLine(product, name, l.kind(), l.band(), l.member(), l.amount());
    }


    private String productName(String key) {
        return jdbc.sql("select name from product where product_key = :key").param("key", key).query(String.class)
                .optional().orElse(key);
    }

    private Sharing named(String product, CostSharing.Result result) {
        Set<String> keys = new LinkedHashSet<>();
        result.lines().forEach(l -> keys.add(l.organisation()));
        result.problems().stream().map(CostSharing.Problem::organisation).filter(java.util.Objects::nonNull)
                .forEach(keys::add);
        var orgs = organisations(keys);
        return new Sharing(product, result.year(), result.budget(), result.total(), result.coverage(),
                result.lines().stream().map(l -> new Line(l.organisation(), orgs.get(l.organisation()).name(), l.band(),
                        l.member(), l.kind(), l.amount())).toList(),
                result.problems().stream().map(p -> new Problem(p.organisation(),
                        p.organisation() == null ? null : orgs.get(p.organisation()).name(), p.message())).toList());
    }

    private static List<CostSharing.Fee> calculatorFees(List<GovernanceRecords.Fee> fees) {
        return fees.stream().map(f -> new CostSharing.Fee(f.kind(), f.band(), f.memberAmount(), f.nonMemberAmount()))
                .toList();
    }

    /** Every organisation with a usage of the product, as the calculator needs it for the year. */
    private List<Candidate> usersOf(String productKey, int year) {
        return jdbc.sql("select o.org_key, o.population, case when " + OrganisationSql.existsOn("o", ":d")
                        + " then 1 else 0 end as exists_ref, case when " + OrganisationSql.memberOn("o", ":d")
                        + " then 1 else 0 end as member_ref, case when " + UsageSql.activeOn("u", ":d")
                        + " then 1 else 0 end as active_ref, case when u.status in ('pilot', 'production') then u.since"
                        + " end as first_since from product_usage u join organisation o on o.id = u.organisation_id"
                        + " join product p on p.id = u.product_id where p.product_key = :product")
                .param("product", productKey).param("d", LocalDate.of(year, 1, 1))
                .query((rs, n) -> new Candidate(rs.getString(1), rs.getObject(2, Integer.class), rs.getInt(3) == 1,
                        rs.getInt(4) == 1, rs.getInt(5) == 1, rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** Every organisation with a membership period: active on 1 January means a member then. */
    private List<Candidate> members(int year) {
        return jdbc.sql("select o.org_key, o.population, case when " + OrganisationSql.existsOn("o", ":d")
                        + " then 1 else 0 end, case when " + OrganisationSql.memberOn("o", ":d") + " then 1 else 0 end,"
                        + " (select min(m.since) from membership m where m.organisation_id = o.id) from organisation o"
                        + " where exists (select 1 from membership m where m.organisation_id = o.id)")
                .param("d", LocalDate.of(year, 1, 1))
                .query((rs, n) -> new Candidate(rs.getString(1), rs.getObject(2, Integer.class), rs.getInt(3) == 1,
                        rs.getInt(4) == 1, rs.getInt(4) == 1, rs.getObject(5, LocalDate.class)))
                .list();
    }

    private List<String> productsUsedBy(String organisationKey) {
        return jdbc.sql("select p.product_key from product_usage u join organisation o on o.id = u.organisation_id"
                        + " join product p on p.id = u.product_id where o.org_key = :org")
                .param("org", organisationKey).query(String.class).list();
    }

    private record Org(String name, String cvr, String ean) {
    }

    private Map<String, Org> organisations(Collection<String> keys) {
        Map<String, Org> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        List<String> all = List.copyOf(new LinkedHashSet<>(keys));
        for (int i = 0; i < all.size(); i += 1000) {
            jdbc.sql("select org_key, name, cvr, ean from organisation where org_key in (:keys)")
                    .param("keys", all.subList(i, Math.min(all.size(), i + 1000)))
                    .query(rs -> {
                        result.put(rs.getString(1), new Org(rs.getString(2), rs.getString(3), rs.getString(4)));
                    });
        }
        return result;
    }

    /** RFC 4180 quoting, and a leading apostrophe before a formula's first character (interfaces.md §2.1). */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
