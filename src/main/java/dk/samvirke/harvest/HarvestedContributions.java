package dk.samvirke.harvest;

import dk.samvirke.people.PeopleDirectory;
import dk.samvirke.people.RecordedParticipant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Harvested commit authors, read per product or per organisation, and what they add up to: a product's
 * contributors with the recorded participants, per organisation and per year. The API and the pages
 * only map these.
 */
@Component
public class HarvestedContributions {

    private final JdbcClient jdbc;
    private final PeopleDirectory people;

    HarvestedContributions(JdbcClient jdbc, PeopleDirectory people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /**
     * A product's contributors: harvested commit authors and recorded participants, one item per person
     * (matched by e-mail, which is never shown). A harvested author's organisation is the one their
     * e-mail domain names (interfaces.md §5); a participant without commits keeps their registered one
     * and appears with 0 commits. The per-organisation figures count commit authors only, so they agree
     * with {@code git log --use-mailmap}.
     */
    public ProductContributors contributors(String productKey) {
        var authors = forProduct(productKey);
        Map<String, RecordedParticipant> recorded = new LinkedHashMap<>();
        people.recordedIn(productKey).forEach(p -> recorded.put(p.email(), p));
        List<ProductContributors.Contributor> items = new ArrayList<>();
        for (HarvestedContributor h : authors) {
            var participant = recorded.remove(h.email());
            items.add(new ProductContributors.Contributor(participant == null ? h.name() : participant.name(),
                    h.organisation(), participant == null ? List.of() : participant.roles(), h.commits(),
                    h.firstContribution(), h.lastContribution()));
        }
        recorded.values().forEach(p -> items.add(new ProductContributors.Contributor(p.name(), p.organisationKey(),
                p.roles(), 0, null, null)));
        return new ProductContributors(items, perOrganisation(authors));
    }

    /** Commit authors per organisation: most commits first, the unmatched authors last whatever their number. */
    public List<ProductContributors.OrganisationContributors> perOrganisation(String productKey) {
        return perOrganisation(forProduct(productKey));
    }

    private List<ProductContributors.OrganisationContributors> perOrganisation(List<HarvestedContributor> authors) {
        Map<String, int[]> figures = new LinkedHashMap<>();
        for (HarvestedContributor a : authors) {
            int[] f = figures.computeIfAbsent(a.organisation() == null ? "" : a.organisation(), k -> new int[2]);
            f[0] += a.commits();
            f[1]++;
        }
        Map<String, String> names = new HashMap<>();
        var keys = figures.keySet().stream().filter(k -> !k.isEmpty()).toList();
        if (!keys.isEmpty()) {
            jdbc.sql("select org_key, name from organisation where org_key in (:keys)").param("keys", keys)
                    .query(rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
        }
        return figures.entrySet().stream()
                .map(e -> e.getKey().isEmpty()
                        ? new ProductContributors.OrganisationContributors(null, null, e.getValue()[0], e.getValue()[1])
                        : new ProductContributors.OrganisationContributors(e.getKey(),
                                names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing((ProductContributors.OrganisationContributors r) -> r.key() == null)
                        .thenComparing(Comparator.comparingInt(ProductContributors.OrganisationContributors::commits).reversed())
                        .thenComparing(r -> r.name() == null ? "" : r.name()))
                .toList();
    }

    /** People active in each year, from each author's first and last commit; years without anyone active included. */
    public List<ProductContributors.YearContributors> perYear(String productKey) {
        Map<Integer, Integer> years = new TreeMap<>();
        for (HarvestedContributor a : forProduct(productKey)) {
            if (a.firstContribution() == null || a.lastContribution() == null) {
                continue;
            }
            for (int y = a.firstContribution().getYear(); y <= a.lastContribution().getYear(); y++) {
                years.merge(y, 1, Integer::sum);
            }
        }
        if (years.isEmpty()) {
            return List.of();
        }
        int first = ((TreeMap<Integer, Integer>) years).firstKey();
        int last = ((TreeMap<Integer, Integer>) years).lastKey();
        List<ProductContributors.YearContributors> rows = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            rows.add(new ProductContributors.YearContributors(y, years.getOrDefault(y, 0)));
        }
        return rows;
    }

    /** A product's authors, one per canonical e-mail across all its repositories, most commits first. */
    public List<HarvestedContributor> forProduct(String productKey) {
        Map<String, Row> byEmail = new LinkedHashMap<>();
        jdbc.sql("select c.email, c.name, o.org_key, c.commits, c.first_commit_at, c.last_commit_at "
                + "from harvest_contribution c join harvest_repository r on r.id = c.repository_id "
                + "join product p on p.id = r.product_id left join organisation o on o.id = c.organisation_id "
                + "where p.product_key = ?").param(productKey).query(rs -> {
                    var contribution = new Contribution(rs.getString(1), rs.getString(2), rs.getInt(4),
                            HarvestStore.instant(rs.getTimestamp(5)), HarvestStore.instant(rs.getTimestamp(6)));
                    var row = new Row(contribution, rs.getString(3));
                    byEmail.merge(contribution.email(), row, Row::merge);
                });
        return byEmail.values().stream()
                .map(r -> new HarvestedContributor(r.contribution.email(), r.contribution.name(), r.organisation,
                        r.contribution.commits(), date(r.contribution.first()), date(r.contribution.last())))
                .sorted(Comparator.comparing(HarvestedContributor::commits).reversed()
                        .thenComparing(HarvestedContributor::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The products an organisation's people committed to, most commits first. */
    public List<ProductContribution> forOrganisation(String organisationKey) {
        return jdbc.sql("select p.product_key, p.name, count(distinct c.email), sum(c.commits), min(c.first_commit_at), "
                + "max(c.last_commit_at) from harvest_contribution c join harvest_repository r on r.id = c.repository_id "
                + "join product p on p.id = r.product_id join organisation o on o.id = c.organisation_id "
                + "where o.org_key = ? group by p.product_key, p.name order by sum(c.commits) desc, p.name")
                .param(organisationKey)
                .query((rs, n) -> new ProductContribution(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        date(HarvestStore.instant(rs.getTimestamp(5))), date(HarvestStore.instant(rs.getTimestamp(6)))))
                .list();
    }

    private static LocalDate date(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private record Row(Contribution contribution, String organisation) {

        Row merge(Row other) {
            var merged = contribution.merge(other.contribution);
            return new Row(merged, other.contribution.last().isAfter(contribution.last()) ? other.organisation : organisation);
        }
    }
}
