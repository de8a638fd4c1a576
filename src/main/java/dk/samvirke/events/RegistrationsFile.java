package dk.samvirke.events;

import dk.samvirke.importing.FileImport;
import dk.samvirke.importing.KeyedImport;
import dk.samvirke.importing.FileSummary;
import dk.samvirke.importing.ImportContext;
import dk.samvirke.importing.PackageColumn;
import dk.samvirke.importing.PackageFile;
import dk.samvirke.importing.PackageForeignKey;
import dk.samvirke.importing.PackageRow;
import dk.samvirke.people.People;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * {@code registrations.csv} (interfaces.md §11, §2.1): who signed up for what, upserted by event and person.
 * Personal: never in the open data. A package never holds more registered (or attended, absent) than an
 * event's capacity.
 */
@Component
class RegistrationsFile implements PackageFile {

    static final String NAME = "registrations.csv";
    static final String PEOPLE = "people.csv";

    private final Events events;
    private final Registrations registrations;
    private final People people;

    RegistrationsFile(Events events, Registrations registrations, People people) {
        this.events = events;
        this.registrations = registrations;
        this.people = people;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 810;
    }

    @Override
    public List<PackageColumn> columns() {
        return List.of(PackageColumn.required("event"), PackageColumn.required("person"), PackageColumn.required("status"),
                PackageColumn.required("registered_at"));
    }

    @Override
    public List<String> primaryKey() {
        return List.of("event", "person");
    }

    @Override
    public List<PackageForeignKey> foreignKeys() {
        return List.of(PackageForeignKey.of("event", EventsFile.NAME, "key"),
                PackageForeignKey.of("person", PEOPLE, "email"));
    }

    @Override
    public FileImport startImport(ImportContext context) {
        return new Import();
    }

    @Override
    public void export(ExportRows rows) {
        for (Registration r : registrations.findAllForExport()) {
            rows.row(Arrays.asList(r.getEvent().getKey(), r.getPerson().getEmail(), r.getStatus().code(),
                    EventsFile.text(r.getRegisteredAt())));
        }
    }

    record Key(String event, String person) {
    }

    record Row(int line, Key key, RegistrationStatus status, LocalDateTime registeredAt) {
    }

    final class Import implements FileImport {

        private final Map<Key, Row> rows = new LinkedHashMap<>();

        @Override
        public void read(PackageRow row) {
            var check = row.check();
            String event = check.key("event", row.value("event"), true);
            String person = check.email("person", row.value("person"), true);
            RegistrationStatus status = check.code("status", row.value("status"), RegistrationStatus.class, true);
            LocalDateTime at = EventRules.dateTime(check, "registeredAt", row.value("registered_at"), true);
            row.report(check);
            if (event == null || person == null) {
                return;
            }
            var key = new Key(event, person);
            if (rows.containsKey(key)) {
                row.problem("person", person + " is signed up for '" + event + "' on line " + rows.get(key).line()
                        + " too");
            } else {
                rows.put(key, new Row(row.line(), key, status, at));
            }
        }

        @Override
        public void check(ImportContext context) {
            var eventsInPackage = context.file(EventsFile.NAME, EventsFile.Import.class);
            var peopleInPackage = context.file(PEOPLE, KeyedImport.class);
            Map<String, Integer> seated = new HashMap<>();
            Map<String, Integer> lastLine = new HashMap<>();
            for (Row row : rows.values()) {
                String event = row.key().event();
                boolean inPackage = eventsInPackage.map(f -> f.has(event)).orElse(false);
                if (!inPackage && events.findByKey(event).isEmpty()) {
                    context.problem(NAME, row.line(), "event", "no event with key '" + event + "' in " + EventsFile.NAME
                            + " or the registry");
                    continue;
                }
                String person = row.key().person();
                if (!peopleInPackage.map(f -> f.has(person)).orElse(false) && people.findByEmail(person).isEmpty()) {
                    context.problem(NAME, row.line(), "person", "no person with e-mail address " + person + " in "
                            + PEOPLE + " or the registry");
                }
                if (row.status() != null && row.status().holdsSeat()) {
                    seated.merge(event, 1, Integer::sum);
                    lastLine.put(event, row.line());
                }
            }
            seated.forEach((event, count) -> {
                Integer capacity = eventsInPackage.map(f -> f.row(event)).map(r -> r.details().capacity())
                        .orElseGet(() -> events.findByKey(event).map(Event::getCapacity).orElse(null));
                if (capacity != null && count > capacity) {
                    context.problem(NAME, lastLine.get(event), "status", count + " registered for '" + event
                            + "', which has " + capacity + " seats");
                }
            });
        }

        @Override
        public FileSummary write(ImportContext context) {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            List<Registration> fresh = new ArrayList<>();
            Map<String, Event> byKey = new HashMap<>();
            for (Row row : rows.values()) {
                Event event = byKey.computeIfAbsent(row.key().event(), k -> events.findByKey(k).orElseThrow());
                var existing = registrations.find(event, row.key().person());
                if (existing.isEmpty()) {
                    var person = people.findByEmail(row.key().person()).orElseThrow();
                    fresh.add(new Registration(event, person, row.status(), row.registeredAt(), null));
                    created++;
                } else if (existing.get().getStatus() == row.status()
                        && Objects.equals(existing.get().getRegisteredAt(), row.registeredAt())) {
                    unchanged++;
                } else {
                    existing.get().setStatus(row.status());
                    existing.get().setRegisteredAt(row.registeredAt());
                    updated++;
                }
            }
            registrations.saveAll(fresh);
            registrations.flush();
            return new FileSummary(created, updated, unchanged);
        }
    }
}
