package dk.samvirke.api.v1;

import dk.samvirke.harvest.HarvestedContributions;
import dk.samvirke.harvest.ProductContribution;
import dk.samvirke.organisations.Organisations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Organisations")
class HarvestContributionsResource {

    private final HarvestedContributions contributions;
    private final Organisations organisations;

    HarvestContributionsResource(HarvestedContributions contributions, Organisations organisations) {
        this.contributions = contributions;
        this.organisations = organisations;
    }

    record ProductContributionItem(ApiRepresentations.ProductRef product, int people, int commits,
            LocalDate firstContribution, LocalDate lastContribution) {
    }

    record OrganisationContributions(List<ProductContributionItem> items) {
    }

    @GetMapping("/api/v1/organisations/{key}/contributions")
    @Operation(summary = "The products the organisation's people committed to (harvested): people, commits, first and last")
    OrganisationContributions contributions(@PathVariable String key) {
        if (organisations.findByKey(key).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation with key '" + key + "'");
        }
        return new OrganisationContributions(contributions.forOrganisation(key).stream()
                .map(HarvestContributionsResource::item).toList());
    }

    private static ProductContributionItem item(ProductContribution c) {
        return new ProductContributionItem(new ApiRepresentations.ProductRef(c.productKey(), c.productName()), c.people(),
                c.commits(), c.firstContribution(), c.lastContribution());
    }
}
