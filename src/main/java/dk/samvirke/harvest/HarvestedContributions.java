package dk.samvirke.harvest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Harvested commit authors, read per product or per organisation. */
@Component
public class HarvestedContributions {

    private final JdbcClient jdbc;

    HarvestedContributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
