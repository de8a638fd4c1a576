package dk.samvirke.importing;

import dk.samvirke.catalogue.ProductDetails;
import dk.samvirke.organisations.OrganisationDetails;
import dk.samvirke.people.ParticipationDetails;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.people.PersonDetails;
import dk.samvirke.usage.UsageDetails;
import java.util.List;
import java.util.Set;

/**
 * The records of a package, each with its line for later problems; {@code files} are those present.
 * Records with problems of their own are included with the broken fields empty (see {@code PackageParser}).
 */
record PackageRows(
        Set<DataPackageFile> files,
        List<OrganisationRow> organisations,
        List<ProductRow> products,
        List<UsageRow> usages,
        List<PersonRow> people,
        List<ParticipationRow> participations) {

    record OrganisationRow(int line, String key, OrganisationDetails details) {
    }

    record ProductRow(int line, String key, ProductDetails details) {
    }

    record UsageRow(int line, String organisationKey, String productKey, UsageDetails details) {
    }

    /** {@code email} is normalised: people are the same person whatever the case of their address. */
    record PersonRow(int line, String email, PersonDetails details) {
    }

    /** {@code productKey} is null for an association-wide participation; {@code email} is normalised. */
    record ParticipationRow(int line, String email, String productKey, ParticipationRole role,
            ParticipationDetails details) {

        ParticipationKey identity() {
            return new ParticipationKey(email, productKey, role);
        }
    }

    /** What identifies a participation: person, product (or none) and role. */
    record ParticipationKey(String email, String productKey, ParticipationRole role) {
    }

    /** What identifies a usage: organisation and product. */
    record UsageKey(String organisationKey, String productKey) {
    }
}
