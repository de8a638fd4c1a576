package dk.samvirke.importing;

import dk.samvirke.importing.PackageRows.OrganisationRow;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks what one record cannot check alone: references between files and to the database, and
 * municipality codes unique within a country across the package and the database.
 */
final class PackageValidator {

    private final PackageRows rows;
    private final Registry registry;
    private final Problems problems;
    private final Map<String, OrganisationRow> organisations;
    private final Set<String> products;
    private final Set<String> people;

    PackageValidator(PackageRows rows, Registry registry, Problems problems) {
        this.rows = rows;
        this.registry = registry;
        this.problems = problems;
        this.organisations = new HashMap<>();
        rows.organisations().stream().filter(o -> o.key() != null).forEach(o -> organisations.putIfAbsent(o.key(), o));
        this.products = rows.products().stream().map(PackageRows.ProductRow::key).collect(Collectors.toSet());
        this.people = rows.people().stream().map(PackageRows.PersonRow::email).collect(Collectors.toSet());
    }

    void validate() {
        var file = DataPackageFile.ORGANISATIONS;
        for (OrganisationRow row : rows.organisations()) {
            String region = row.details().regionKey();
            if (region != null && organisation(file, row.line(), "region", region)) {
                OrganisationType type = organisations.containsKey(region) ? organisations.get(region).details().type()
                        : registry.organisations.containsKey(region) ? registry.organisations.get(region).getType() : null;
                if (type != null && type != OrganisationType.REGION) {
                    problems.add(file, row.line(), "region", "'" + region + "' is a " + type.code() + ", not a region");
                }
            }
        }
        municipalityCodesUnique();
        for (var row : rows.products()) {
            if (row.details().ownerKey() != null) {
                organisation(DataPackageFile.PRODUCTS, row.line(), "owner", row.details().ownerKey());
            }
        }
        for (var row : rows.usages()) {
            if (row.organisationKey() != null) {
                organisation(DataPackageFile.USAGES, row.line(), "organisation", row.organisationKey());
            }
            if (row.productKey() != null) {
                product(DataPackageFile.USAGES, row.line(), "product", row.productKey());
            }
        }
        for (var row : rows.people()) {
            if (row.details().organisationKey() != null) {
                organisation(DataPackageFile.PEOPLE, row.line(), "organisation", row.details().organisationKey());
            }
        }
        for (var row : rows.participations()) {
            if (row.email() != null && !people.contains(row.email()) && !registry.people.containsKey(row.email())) {
                problems.add(DataPackageFile.PARTICIPATIONS, row.line(), "person",
                        "no person with e-mail " + row.email() + " in people.csv or the database");
            }
            if (row.productKey() != null) {
                product(DataPackageFile.PARTICIPATIONS, row.line(), "product", row.productKey());
            }
        }
    }

    /** True when the organisation is in the package or the database; reported when it is nowhere. */
    private boolean organisation(DataPackageFile file, int line, String column, String key) {
        if (organisations.containsKey(key) || registry.organisations.containsKey(key)) {
            return true;
        }
        problems.add(file, line, column, "no organisation '" + key + "' in organisations.csv or the database");
        return false;
    }

    private void product(DataPackageFile file, int line, String column, String key) {
        if (!products.contains(key) && !registry.products.containsKey(key)) {
            problems.add(file, line, column, "no product '" + key + "' in products.csv or the database");
        }
    }

    /** The package's codes replace those of the same organisations in the database; the rest must not clash. */
    private void municipalityCodesUnique() {
        record Holder(String key, int line) {
        }
        Map<String, Holder> holders = new HashMap<>();
        for (Organisation existing : registry.organisations.values()) {
            if (existing.getMunicipalityCode() != null && !organisations.containsKey(existing.getKey())) {
                holders.put(existing.getCountry() + " " + existing.getMunicipalityCode(), new Holder(existing.getKey(), 0));
            }
        }
        for (OrganisationRow row : rows.organisations()) {
            String code = row.details().municipalityCode();
            if (code == null || row.key() == null) {
                continue;
            }
            Holder other = holders.putIfAbsent(row.details().country() + " " + code, new Holder(row.key(), row.line()));
            if (other != null) {
                problems.add(DataPackageFile.ORGANISATIONS, row.line(), "municipality_code",
                        "code " + code + " in " + row.details().country() + " is already "
                                + (other.line() > 0 ? "on line " + other.line() + " (" + other.key() + ")"
                                        : "used by organisation '" + other.key() + "' in the database"));
            }
        }
    }
}
