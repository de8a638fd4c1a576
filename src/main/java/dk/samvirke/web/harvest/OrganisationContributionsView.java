package dk.samvirke.web.harvest;

import dk.samvirke.harvest.HarvestedContributions;
import dk.samvirke.harvest.ProductContribution;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The organisation page's "Bidrag" section reads this bean from its own fragment
 * ({@code organisations/_contributions}), so the organisation page's controller needs no change.
 */
@Component("organisationContributions")
public class OrganisationContributionsView {

    private final HarvestedContributions contributions;

    OrganisationContributionsView(HarvestedContributions contributions) {
        this.contributions = contributions;
    }

    public List<ProductContribution> of(String organisationKey) {
        return contributions.forOrganisation(organisationKey);
    }
}
