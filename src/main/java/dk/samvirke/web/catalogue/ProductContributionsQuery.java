package dk.samvirke.web.catalogue;

import dk.samvirke.harvest.HarvestManagement;
import dk.samvirke.harvest.HarvestedContributions;
import dk.samvirke.harvest.RepositoryView;
import dk.samvirke.web.WebLinks;
import dk.samvirke.web.catalogue.ProductContributions.ReleaseRow;
import dk.samvirke.web.catalogue.ProductContributions.RepositoryRow;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ProductContributionsQuery {

    private final HarvestedContributions contributions;
    private final HarvestManagement harvest;
    private final dk.samvirke.web.harvest.HarvestMessages messages;

    ProductContributionsQuery(HarvestedContributions contributions, HarvestManagement harvest,
            dk.samvirke.web.harvest.HarvestMessages messages) {
        this.contributions = contributions;
        this.harvest = harvest;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    ProductContributions find(String productKey) {
        return new ProductContributions(contributions.perOrganisation(productKey), contributions.perYear(productKey),
                repositories(productKey), releases(productKey));
    }

    private List<RepositoryRow> repositories(String productKey) {
        return harvest.repositories(productKey).stream()
                .map(r -> {
                    var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
                    boolean known = messages.knows(r.lastMessage());
                    return new RepositoryRow(r.url(), WebLinks.httpOrNull(r.url()), r.lastState(),
                            messages.text(r.lastMessage(), locale),
                            r.lastHarvestedAt() == null ? null : LocalDateTime.ofInstant(r.lastHarvestedAt(), ZoneOffset.UTC),
                            r.releases().size(), known ? null : "en");
                })
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
