package dk.samvirke.web.catalogue;

import dk.samvirke.harvest.HarvestManagement;
import dk.samvirke.harvest.HarvestedContributions;
import dk.samvirke.harvest.HarvestedContributor;
import dk.samvirke.harvest.RepositoryView;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.web.WebLinks;
import dk.samvirke.web.catalogue.ProductContributions.OrganisationRow;
import dk.samvirke.web.catalogue.ProductContributions.ReleaseRow;
import dk.samvirke.web.catalogue.ProductContributions.RepositoryRow;
import dk.samvirke.web.catalogue.ProductContributions.YearRow;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ProductContributionsQuery {

    private final HarvestedContributions contributions;
    private final HarvestManagement harvest;
    private final Organisations organisations;

    ProductContributionsQuery(HarvestedContributions contributions, HarvestManagement harvest,
            Organisations organisations) {
        this.contributions = contributions;
        this.harvest = harvest;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    ProductContributions find(String productKey) {
        List<HarvestedContributor> authors = contributions.forProduct(productKey);
        return new ProductContributions(perOrganisation(authors), perYear(authors), repositories(productKey),
                releases(productKey));
    }

    private List<OrganisationRow> perOrganisation(List<HarvestedContributor> authors) {
        Map<String, String> names = organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::getKey, Organisation::getName, (a, b) -> a));
        Map<String, int[]> figures = new LinkedHashMap<>();
        for (HarvestedContributor a : authors) {
            int[] f = figures.computeIfAbsent(a.organisation() == null ? "" : a.organisation(), k -> new int[2]);
            f[0] += a.commits();
            f[1]++;
        }
        return figures.entrySet().stream()
                .map(e -> e.getKey().isEmpty() ? new OrganisationRow(null, null, e.getValue()[0], e.getValue()[1])
                        : new OrganisationRow(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[0],
                                e.getValue()[1]))
                // most commits first; the unmatched authors last, whatever their number
                .sorted(Comparator.comparing((OrganisationRow r) -> r.key() == null)
                        .thenComparing(Comparator.comparingInt(OrganisationRow::commits).reversed())
                        .thenComparing(r -> r.name() == null ? "" : r.name()))
                .toList();
    }

    private static List<YearRow> perYear(List<HarvestedContributor> authors) {
        Map<Integer, Integer> years = new TreeMap<>();
        for (HarvestedContributor a : authors) {
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
        // years without anyone active still belong on the axis
        List<YearRow> rows = new ArrayList<>();
        int first = ((TreeMap<Integer, Integer>) years).firstKey();
        int last = ((TreeMap<Integer, Integer>) years).lastKey();
        for (int y = first; y <= last; y++) {
            rows.add(new YearRow(y, years.getOrDefault(y, 0)));
        }
        return rows;
    }

    private List<RepositoryRow> repositories(String productKey) {
        return harvest.repositories(productKey).stream()
                .map(r -> new RepositoryRow(r.url(), WebLinks.httpOrNull(r.url()), r.lastState(), r.lastMessage(),
                        r.lastHarvestedAt() == null ? null : LocalDateTime.ofInstant(r.lastHarvestedAt(), ZoneOffset.UTC),
                        r.releases().size()))
                .toList();
    }

    private List<ReleaseRow> releases(String productKey) {
        List<ReleaseRow> rows = new ArrayList<>();
        for (RepositoryView r : harvest.repositories(productKey)) {
            r.releases().forEach(release -> rows.add(new ReleaseRow(release.name(), release.date(), r.url())));
        }
        rows.sort(Comparator.comparing(ReleaseRow::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ReleaseRow::name));
        return rows;
    }
}
