package dk.samvirke.importing;

import dk.samvirke.organisations.Organisation;
import dk.samvirke.people.NewPeople;
import dk.samvirke.people.Person;
import dk.samvirke.people.PersonDetails;
import dk.samvirke.people.PersonRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code people.csv} (interfaces.md §2): people, upserted by e-mail address (compared without case). */
@Component
class PeopleFile extends RegistryFile {

    static final String NAME = "people.csv";

    private final ExportQueries exportQueries;
    private final NewPeople newPeople;

    /** Without a database: for reading packages only. */
    PeopleFile(Registry.Loader registry) {
        this(registry, null, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    PeopleFile(Registry.Loader registry, ExportQueries exportQueries, NewPeople newPeople) {
        super(NAME, 400, List.of(PackageColumn.required("email"), PackageColumn.required("name"),
                PackageColumn.text("organisation"), PackageColumn.text("title")), List.of("email"),
                List.of(PackageForeignKey.of("organisation", OrganisationsFile.NAME, "key")), registry);
        this.exportQueries = exportQueries;
        this.newPeople = newPeople;
    }






    @Override
    public FileImport startImport(ImportContext context) {
        return new Import();
    }

    @Override
    public void export(ExportRows rows) {
        // Streamed in e-mail order: 30 000 people at Europe's scale, never held as entities.
        exportQueries.stream("select pe.email, pe.name, o.org_key, pe.title from person pe"
                + " left join organisation o on o.id = pe.organisation_id order by " + exportQueries.byKey("pe.email"),
                rs -> rows.row(Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
    }

    /** {@code email} is normalised: people are the same person whatever the case of their address. */
    record Row(String email, PersonDetails details) {
    }

    final class Import implements KeyedImport {

        private final KeyedRows<String, Row> rows = new KeyedRows<>();
        private Registry registryRecords;

        @Override
        public void read(PackageRow row) {
            var check = row.check();
            String email = PersonRules.email(row.value("email"), check);
            String name = PersonRules.name(row.value("name"), check);
            String organisation = check.key("organisation", row.value("organisation"), false);
            String title = PersonRules.title(row.value("title"), check);
            row.report(check);
            rows.add(row, email, new Row(email, new PersonDetails(name, organisation, title)), "email", "e-mail address");
        }

        @Override
        public boolean has(String email) {
            return rows.containsKey(email);
        }

        @Override
        public void check(ImportContext context) {
            registryRecords = registry.of(context);
            var organisations = context.file(OrganisationsFile.NAME, OrganisationsFile.Import.class);
            for (var line : rows.rows()) {
                String organisation = line.record().details().organisationKey();
                refers(context, line.line(), "organisation", organisation,
                        organisations.map(o -> o.has(organisation)).orElse(false),
                        registryRecords.organisations.containsKey(organisation), "organisation", OrganisationsFile.NAME);
            }
        }

        @Override
        public FileSummary write(ImportContext context) {
            var counter = new Counter();
            List<Person> created = new ArrayList<>();
            List<Row> changed = new ArrayList<>();
            for (var line : rows.rows()) {
                var row = line.record();
                var d = row.details();
                Person existing = registryRecords.people.get(row.email());
                if (existing == null) {
                    var person = new Person(row.email(), d, organisation(d));
                    registryRecords.people.put(row.email(), person);
                    created.add(person);
                } else if (counter.count(existing.details().equals(d))) {
                    changed.add(row);
                }
            }
            // Hibernate updates the changed ones, which may now belong to organisations written in bulk.
            registryRecords.attach(changed.stream().map(r -> r.details().organisationKey()).toList());
            changed.forEach(r -> registryRecords.forUpdate(registryRecords.people.get(r.email())).update(r.details(),
                    organisation(r.details())));
            counter.created = created.size();
            // The people module writes its table: at once, with the history of each (COPY on PostgreSQL).
            newPeople.insert(created);
            return counter.summary();
        }

        private Organisation organisation(PersonDetails details) {
            return details.organisationKey() == null ? null : registryRecords.organisations.get(details.organisationKey());
        }
    }
}
