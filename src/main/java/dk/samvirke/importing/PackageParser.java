package dk.samvirke.importing;

import dk.samvirke.catalogue.ProductDetails;
import dk.samvirke.importing.PackageRows.OrganisationRow;
import dk.samvirke.importing.PackageRows.ParticipationRow;
import dk.samvirke.importing.PackageRows.PersonRow;
import dk.samvirke.importing.PackageRows.ProductRow;
import dk.samvirke.importing.PackageRows.UsageRow;
import dk.samvirke.organisations.OrganisationDetails;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.people.ParticipationDetails;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.people.Person;
import dk.samvirke.people.PersonDetails;
import dk.samvirke.usage.UsageDetails;
import dk.samvirke.usage.UsageStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the CSV files of a package into records, checking every field on its own and keys for
 * duplicates within a file. What needs other files or the database is {@link PackageValidator}'s job.
 */
final class PackageParser {

    private final Problems problems;

    PackageParser(Problems problems) {
        this.problems = problems;
    }

    PackageRows parse(Map<DataPackageFile, byte[]> files, ImportProgressListener listener) {
        Map<DataPackageFile, List<RowFields>> records = new HashMap<>();
        files.forEach((file, bytes) -> {
            records.put(file, records(file, bytes));
            listener.fileRead(file.fileName(), records.get(file).size());
        });
        return new PackageRows(files.keySet(),
                unique(records, DataPackageFile.ORGANISATIONS, this::organisation, OrganisationRow::key, "key", "key"),
                unique(records, DataPackageFile.PRODUCTS, this::product, ProductRow::key, "key", "key"),
                unique(records, DataPackageFile.USAGES, this::usage,
                        u -> u.organisationKey() == null || u.productKey() == null ? null
                                : new PackageRows.UsageKey(u.organisationKey(), u.productKey()),
                        "product", "organisation and product"),
                unique(records, DataPackageFile.PEOPLE, this::person, PersonRow::email, "email", "e-mail address"),
                unique(records, DataPackageFile.PARTICIPATIONS, this::participation,
                        p -> p.email() == null || p.role() == null ? null : p.identity(), "role",
                        "person, product and role"));
    }

    private List<RowFields> records(DataPackageFile file, byte[] bytes) {
        CsvReader.Result csv = CsvReader.read(bytes);
        csv.problems().forEach(p -> problems.add(file, p.line(), null, p.message()));
        if (!csv.problems().isEmpty()) {
            return List.of();
        }
        if (csv.rows().isEmpty()) {
            problems.add(file, 1, null, "the file is empty; the first row must name the columns");
            return List.of();
        }
        var header = Header.of(file, csv.rows().get(0), problems);
        if (header.isEmpty()) {
            return List.of();
        }
        List<RowFields> rows = new ArrayList<>();
        for (CsvReader.Row row : csv.rows().subList(1, csv.rows().size())) {
            if (row.fields().size() != header.get().width()) {
                problems.add(file, row.line(), null, "the record has " + row.fields().size()
                        + " fields, the header " + header.get().width() + " (delimiter '" + csv.delimiter() + "')");
            } else {
                rows.add(new RowFields(file, header.get(), row, problems));
            }
        }
        return rows;
    }

    /**
     * Parses every record, and reports a record whose identity an earlier line already used. Broken
     * records are kept, so that they are still checked against other files and the database (every
     * problem is reported) and references to them do not read as unknown; nothing is written while
     * any problem exists, so their empty fields never reach the database.
     */
    private <R, K> List<R> unique(Map<DataPackageFile, List<RowFields>> records, DataPackageFile file,
            Function<RowFields, R> parser, Function<R, K> identity, String column, String what) {
        Map<K, Integer> seen = new HashMap<>();
        List<R> result = new ArrayList<>();
        for (RowFields fields : records.getOrDefault(file, List.of())) {
            R row = parser.apply(fields);
            K key = identity.apply(row);
            Integer earlier = key == null ? null : seen.putIfAbsent(key, fields.line());
            if (earlier != null) {
                fields.problem(column, "duplicate " + what + ": line " + earlier + " has the same");
            } else {
                result.add(row);
            }
        }
        return result;
    }

    private OrganisationRow organisation(RowFields f) {
        String key = f.key("key", true);
        String name = f.text("name", true, 300);
        OrganisationType type = f.code("type", OrganisationType.class);
        String country = f.text("country", false, 2);
        country = country == null ? "DK" : country.toUpperCase(Locale.ROOT);
        if (!Syntax.isCountry(country)) {
            f.problem("country", "'" + country + "' is not an ISO 3166-1 alpha-2 country code (like DK)");
        }
        String code = f.text("municipality_code", false, 10);
        if (code == null && type == OrganisationType.MUNICIPALITY) {
            f.problem("municipality_code", "required for a municipality");
        } else if (code != null && type == OrganisationType.MUNICIPALITY && country.equals("DK") && !Syntax.isDigits(code, 3)) {
            f.problem("municipality_code", "'" + code + "' is not a Danish municipality code (3 digits)");
        } else if (code != null && !code.matches("[A-Za-z0-9-]+")) {
            f.problem("municipality_code", "'" + code + "' is not a code: letters, digits and '-'");
        }
        String cvr = f.digits("cvr", 8);
        String region = f.key("region", false);
        Integer population = f.nonNegativeInteger("population");
        String website = f.webUrl("website");
        List<String> domains = f.domains("email_domains");
        var since = f.date("member_since");
        var until = f.date("member_until");
        f.notBefore(since, "member_since", until, "member_until");
        return new OrganisationRow(f.line(), key, new OrganisationDetails(name, type, country, code, cvr, region,
                population, website, domains, since, until));
    }

    private ProductRow product(RowFields f) {
        String key = f.key("key", true);
        String name = f.text("name", true, 300);
        String summary = f.text("summary", false, 4000);
        String owner = f.key("owner", false);
        String repository = f.webUrl("repository");
        String licence = f.text("licence", false, 300);
        if (licence != null && !Syntax.isSpdxExpression(licence)) {
            f.problem("licence", "'" + licence + "' is not an SPDX licence expression (like MPL-2.0 or EUPL-1.2)");
        }
        String website = f.webUrl("website");
        var adopted = f.date("adopted_on");
        var retired = f.date("retired_on");
        f.notBefore(adopted, "adopted_on", retired, "retired_on");
        return new ProductRow(f.line(), key,
                new ProductDetails(name, summary, owner, repository, licence, website, adopted, retired));
    }

    private UsageRow usage(RowFields f) {
        String organisation = f.key("organisation", true);
        String product = f.key("product", true);
        UsageStatus status = f.code("status", UsageStatus.class);
        var since = f.date("since");
        var until = f.date("until");
        f.notBefore(since, "since", until, "until");
        String version = f.text("version", false, 100);
        String contact = f.email("contact_email", false);
        return new UsageRow(f.line(), organisation, product, new UsageDetails(status, since, until, version, contact));
    }

    private PersonRow person(RowFields f) {
        String email = Person.normaliseEmail(f.email("email", true));
        String name = f.text("name", true, 300);
        String organisation = f.key("organisation", false);
        String title = f.text("title", false, 300);
        return new PersonRow(f.line(), email, new PersonDetails(name, organisation, title));
    }

    private ParticipationRow participation(RowFields f) {
        String email = Person.normaliseEmail(f.email("person", true));
        String product = f.key("product", false);
        ParticipationRole role = f.code("role", ParticipationRole.class);
        BigDecimal allocation = f.decimal("allocation");
        if (allocation != null && (allocation.compareTo(BigDecimal.ONE) > 0
                || allocation.stripTrailingZeros().scale() > 6)) {
            f.problem("allocation", "'" + allocation + "' is not a share of a full-time job: 0 to 1, at most 6 decimals");
        }
        var since = f.date("since");
        var until = f.date("until");
        f.notBefore(since, "since", until, "until");
        return new ParticipationRow(f.line(), email, product, role, new ParticipationDetails(allocation, since, until));
    }
}
