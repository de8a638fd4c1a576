package dk.samvirke.importing;

import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.Participation;
import dk.samvirke.people.Participations;
import dk.samvirke.people.People;
import dk.samvirke.people.Person;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.Usages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the whole registry as a data package {@code .zip} with all five files. Records are sorted
 * by key, so two exports of the same data are byte for byte the same apart from the zip's timestamps,
 * and the package imports into an empty database to the same figures.
 */
@Service
public class DataPackageExporter {

    private final Organisations organisations;
    private final Products products;
    private final Usages usages;
    private final People people;
    private final Participations participations;

    DataPackageExporter(Organisations organisations, Products products, Usages usages, People people,
            Participations participations) {
        this.organisations = organisations;
        this.products = products;
        this.usages = usages;
        this.people = people;
        this.participations = participations;
    }

    /** Writes the zip to {@code out} and finishes it; {@code out} is left open. */
    @Transactional(readOnly = true)
    public void exportZip(OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            entry(zip, DataPackageFile.ORGANISATIONS, organisations.findAllWithRegion(),
                    Comparator.comparing(Organisation::getKey), this::organisation);
            entry(zip, DataPackageFile.PRODUCTS, products.findAllWithOwner(), Comparator.comparing(Product::getKey),
                    this::product);
            entry(zip, DataPackageFile.USAGES, usages.findAllWithOrganisationAndProduct(),
                    Comparator.comparing((Usage u) -> u.getOrganisation().getKey()).thenComparing(u -> u.getProduct().getKey()),
                    this::usage);
            entry(zip, DataPackageFile.PEOPLE, people.findAllWithOrganisation(), Comparator.comparing(Person::getEmail),
                    this::person);
            entry(zip, DataPackageFile.PARTICIPATIONS, participations.findAllWithPersonAndProduct(),
                    Comparator.comparing((Participation p) -> p.getPerson().getEmail())
                            .thenComparing(p -> p.getProduct() == null ? "" : p.getProduct().getKey())
                            .thenComparing(p -> p.getRole().code()),
                    this::participation);
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> void entry(ZipOutputStream zip, DataPackageFile file, List<T> records, Comparator<T> order,
            Function<T, List<String>> fields) throws IOException {
        CsvWriter csv = new CsvWriter(file.columns());
        records.stream().sorted(order).forEach(record -> csv.row(fields.apply(record)));
        zip.putNextEntry(new ZipEntry(file.fileName()));
        zip.write(csv.toBytes());
        zip.closeEntry();
    }

    private List<String> organisation(Organisation o) {
        var d = o.details();
        return Arrays.asList(o.getKey(), d.name(), d.type().code(), d.country(), d.municipalityCode(), d.cvr(),
                d.regionKey(), d.population() == null ? null : d.population().toString(), d.website(),
                String.join(" ", d.emailDomains()), date(d.memberSince()), date(d.memberUntil()));
    }

    private List<String> product(Product p) {
        var d = p.details();
        return Arrays.asList(p.getKey(), d.name(), d.summary(), d.ownerKey(), d.repository(), d.licence(), d.website(),
                date(d.adoptedOn()), date(d.retiredOn()));
    }

    private List<String> usage(Usage u) {
        var d = u.details();
        return Arrays.asList(u.getOrganisation().getKey(), u.getProduct().getKey(), d.status().code(), date(d.since()),
                date(d.until()), d.version(), d.contactEmail());
    }

    private List<String> person(Person p) {
        var d = p.details();
        return Arrays.asList(p.getEmail(), d.name(), d.organisationKey(), d.title());
    }

    private List<String> participation(Participation p) {
        var d = p.details();
        return Arrays.asList(p.getPerson().getEmail(), p.getProduct() == null ? null : p.getProduct().getKey(),
                p.getRole().code(), decimal(d.allocation()), date(d.since()), date(d.until()));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
