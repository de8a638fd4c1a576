package dk.samvirke.importing;

import dk.samvirke.people.NewParticipations;
import dk.samvirke.people.Participation;
import dk.samvirke.people.ParticipationChange;
import dk.samvirke.people.ParticipationDetails;
import dk.samvirke.people.ParticipationKeys;
import dk.samvirke.people.ParticipationRules;
import dk.samvirke.people.Participations;
import dk.samvirke.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code participations.csv} (interfaces.md §2, §2.1): people's parts in products and the association,
 * upserted by (person, product, role, since). A person may hold the same product and role again in
 * another period; overlapping periods of the same person, product and role are refused, naming both.
 * A file without a {@code since} column is a v1 file and keeps v1's key (person, product, role): each row
 * updates the one participation of that person, product and role, so v1 packages keep working.
 */
@Component
class ParticipationsFile extends RegistryFile {

    static final String NAME = "participations.csv";

    private final Participations participations;
    private final org.springframework.beans.factory.ObjectProvider<ParticipationBodies> bodies;
    private final NewParticipations newParticipations;
    private final ExportQueries exportQueries;

    /** Without a database: for reading packages only. */
    ParticipationsFile(Participations participations, Registry.Loader registry,
            org.springframework.beans.factory.ObjectProvider<ParticipationBodies> bodies) {
        this(participations, registry, bodies, null, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ParticipationsFile(Participations participations, Registry.Loader registry,
            org.springframework.beans.factory.ObjectProvider<ParticipationBodies> bodies,
            NewParticipations newParticipations, ExportQueries exportQueries) {
        super(NAME, 500, List.of(PackageColumn.required("person"), PackageColumn.text("product"),
                PackageColumn.required("role"), PackageColumn.number("allocation"), PackageColumn.date("since"),
                PackageColumn.date("until"), PackageColumn.text("body"), PackageColumn.text("chair")),
                List.of("person", "product", "role", "since"),
                List.of(PackageForeignKey.of("person", PeopleFile.NAME, "email"),
                        PackageForeignKey.of("product", ProductsFile.NAME, "key"),
                        PackageForeignKey.of("body", "bodies.csv", "key")), registry);
        this.participations = participations;
        this.bodies = bodies;
        this.newParticipations = newParticipations;
        this.exportQueries = exportQueries;
    }

    /** A row's body (§9) and whether the person chairs it; {@code chair} only with a body. */
    record BodySeat(String body, boolean chair) {
    }

    /** What a line changes of a participation in the database (the seat null: the file has no body column). */
    private record Change(ParticipationDetails details, BodySeat seat) {
    }

    /** Changed participations loaded at once. */
    private static final int CHUNK = 1_000;






    @Override
    public FileImport startImport(ImportContext context) {
        return new Import();
    }

    @Override
    public void export(ExportRows rows) {
        // Streamed in the order of the key (person, product, role, since): 60 000 rows at Europe's scale, never
        // held as entities. The details are read through ParticipationDetails, which normalises the allocation.
        exportQueries.stream("select pe.email, pr.product_key, pa.role, pa.allocation, pa.since, pa.until, pa.body_key,"
                + " pa.chair from participation pa join person pe on pe.id = pa.person_id"
                + " left join product pr on pr.id = pa.product_id order by " + exportQueries.byKey("pe.email") + ", "
                + exportQueries.byKey("coalesce(pr.product_key, '')") + ", " + exportQueries.byKey("pa.role")
                + ", pa.since nulls first", rs -> {
                    var d = new ParticipationDetails(rs.getBigDecimal(4), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class));
                    rows.row(Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), decimal(d.allocation()),
                            date(d.since()), date(d.until()), rs.getString(7), rs.getBoolean(8) ? "yes" : null));
                });
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    final class Import implements FileImport {

        private final KeyedRows<ParticipationRules.Key, ParticipationRules.Checked> rows = new KeyedRows<>();
        private Registry registryRecords;
        private boolean v1;
        /** The participation in the database each line replaces, if any. */
        private final Map<Integer, ParticipationKeys> targets = new HashMap<>();
        /** Each line's body seat; absent when the file has no body column (then the database's stays). */
        private final Map<Integer, BodySeat> seats = new HashMap<>();
        private boolean bodyColumn;

        @Override
        public void read(PackageRow row) {
            v1 = !row.hasColumn("since");
            var check = row.check();
            var checked = ParticipationRules.check(new ParticipationChange(row.value("person"), row.value("product"),
                    row.value("role"), row.value("allocation"), row.value("since"), row.value("until")), check);
            bodyColumn = row.hasColumn("body");
            if (bodyColumn) {
                String body = check.key("body", row.value("body"), false);
                String chair = row.value("chair");
                boolean chairs = chair != null && java.util.Set.of("yes", "true", "ja", "1").contains(
                        chair.toLowerCase(java.util.Locale.ROOT));
                if (chair != null && !chairs && !java.util.Set.of("no", "false", "nej", "0").contains(
                        chair.toLowerCase(java.util.Locale.ROOT))) {
                    check.problem("chair", "'" + chair + "' is not yes or empty");
                } else if (chairs && body == null && !check.has("body")) {
                    check.problem("chair", "only a member of a body chairs it: the row has no body");
                }
                seats.put(row.line(), new BodySeat(body, chairs));
            }
            row.report(check);
            var key = checked.email() == null || checked.role() == null ? null
                    : v1 ? checked.key().withoutSince() : checked.key();
            rows.add(row, key, checked, "role", v1 ? "person, product and role" : "person, product, role and since");
        }

        List<KeyedRows.Line<ParticipationRules.Checked>> rows() {
            return rows.rows();
        }

        @Override
        public void check(ImportContext context) {
            registryRecords = registry.of(context);
            var people = context.file(PeopleFile.NAME, PeopleFile.Import.class);
            var products = context.file(ProductsFile.NAME, ProductsFile.Import.class);
            Map<ParticipationRules.Key, List<KeyedRows.Line<ParticipationRules.Checked>>> groups = new LinkedHashMap<>();
            for (var line : rows.rows()) {
                var row = line.record();
                refers(context, line.line(), "person", row.email(), people.map(p -> p.has(row.email())).orElse(false),
                        registryRecords.people.containsKey(row.email()), "person", PeopleFile.NAME);
                refers(context, line.line(), "product", row.productKey(),
                        products.map(p -> p.has(row.productKey())).orElse(false),
                        registryRecords.products.containsKey(row.productKey()), "product", ProductsFile.NAME);
                var seat = seats.get(line.line());
                if (seat != null && seat.body() != null) {
                    var lookup = bodies == null ? null : bodies.getIfAvailable();
                    var scope = lookup == null ? java.util.Optional.<ParticipationBodies.Scope>empty()
                            : lookup.find(context, seat.body());
                    if (scope.isEmpty()) {
                        context.problem(NAME, line.line(), "body", "no body '" + seat.body()
                                + "' in bodies.csv or the database");
                    } else if (!java.util.Objects.equals(scope.get().productKey(), row.productKey())) {
                        context.problem(NAME, line.line(), "body", "the body '" + seat.body() + "' belongs to "
                                + (scope.get().productKey() == null ? "the association"
                                        : "the product '" + scope.get().productKey() + "'")
                                + "; a member's participation must be in the same "
                                + (scope.get().productKey() == null ? "(an empty product)" : "product"));
                    }
                }
                if (row.email() != null && row.role() != null) {
                    groups.computeIfAbsent(row.key().withoutSince(), k -> new ArrayList<>()).add(line);
                }
            }
            Map<ParticipationRules.Key, List<ParticipationKeys>> inDatabase = new HashMap<>();
            registryRecords.participations.forEach((key, p) -> {
                if (groups.containsKey(key.withoutSince())) {
                    inDatabase.computeIfAbsent(key.withoutSince(), k -> new ArrayList<>()).add(p);
                }
            });
            groups.forEach((group, lines) -> lines.forEach(line -> target(context, line, inDatabase.getOrDefault(group,
                    List.of()))));
            overlaps(context, groups, inDatabase);
        }

        /** Which participation in the database the line replaces: the one with its key (v1: the only one of its person, product and role). */
        private void target(ImportContext context, KeyedRows.Line<ParticipationRules.Checked> line,
                List<ParticipationKeys> group) {
            if (!v1) {
                var existing = registryRecords.participations.get(line.record().key());
                if (existing != null) {
                    targets.put(line.line(), existing);
                }
            } else if (group.size() == 1) {
                targets.put(line.line(), group.get(0));
            } else if (group.size() > 1) {
                context.problem(NAME, line.line(), "role", "the database holds " + group.size() + " periods of this"
                        + " person, product and role; add a since column to say which one the row is");
            }
        }

        /** Within each person, product and role: the file's periods, and those the database keeps that the file does not replace. */
        private void overlaps(ImportContext context,
                Map<ParticipationRules.Key, List<KeyedRows.Line<ParticipationRules.Checked>>> groups,
                Map<ParticipationRules.Key, List<ParticipationKeys>> inDatabase) {
            groups.forEach((group, lines) -> {
                var replaced = lines.stream().map(l -> targets.get(l.line())).filter(java.util.Objects::nonNull).toList();
                var kept = inDatabase.getOrDefault(group, List.of()).stream()
                        .filter(p -> replaced.stream().noneMatch(r -> r.id() == p.id())).toList();
                for (int i = 0; i < lines.size(); i++) {
                    var line = lines.get(i);
                    Period period = line.record().period();
                    for (int j = 0; j < i; j++) {
                        var other = lines.get(j);
                        if (period.overlaps(other.record().period())) {
                            context.problem(NAME, line.line(), "since", "the period " + ParticipationRules.describe(period)
                                    + " overlaps line " + other.line() + " (" + ParticipationRules.describe(other.record().period())
                                    + ") of the same person, product and role");
                        }
                    }
                    kept.stream().map(p -> new Period(p.details().since(), p.details().until())).filter(period::overlaps).findFirst()
                            .ifPresent(p -> context.problem(NAME, line.line(), "since", "the period "
                                    + ParticipationRules.describe(period) + " overlaps the participation "
                                    + ParticipationRules.describe(p) + " of the same person, product and role in the database"));
                }
            });
        }

        @Override
        public FileSummary write(ImportContext context) {
            var counter = new Counter();
            List<Participation> created = new ArrayList<>();
            Map<Long, Change> changed = new HashMap<>();
            for (var line : rows.rows()) {
                var row = line.record();
                var existing = targets.get(line.line());
                var seat = seats.get(line.line());
                if (existing == null) {
                    var participation = new Participation(registryRecords.people.get(row.email()),
                            row.productKey() == null ? null : registryRecords.products.get(row.productKey()), row.role(),
                            row.details());
                    if (seat != null) {
                        participation.assignBody(seat.body(), seat.chair());
                    }
                    created.add(participation);
                } else if (counter.count(existing.details().equals(row.details()) && (seat == null
                        || (java.util.Objects.equals(seat.body(), existing.bodyKey()) && seat.chair() == existing.chair())))) {
                    // Known from now on by its new key (a v1 file may change its since); without a body column its seat stays.
                    var now = seat == null ? existing.with(row.details(), existing.bodyKey(), existing.chair())
                            : existing.with(row.details(), seat.body(), seat.chair());
                    registryRecords.participations.remove(existing.key());
                    registryRecords.participations.put(now.key(), now);
                    changed.put(existing.id(), new Change(row.details(), seat));
                }
            }
            // Only the changed participations become entities (updated, with their history, by Hibernate).
            var ids = new ArrayList<>(changed.keySet());
            for (int from = 0; from < ids.size(); from += CHUNK) {
                participations.findAllById(ids.subList(from, Math.min(ids.size(), from + CHUNK))).forEach(p -> {
                    var change = changed.get(p.getId());
                    if (change.seat() != null) {
                        p.assignBody(change.seat().body(), change.seat().chair());
                    }
                    p.update(change.details());
                });
            }
            counter.created = created.size();
            // The people module writes its table: at once, with the history of each (COPY on PostgreSQL).
            newParticipations.insert(created);
            return counter.summary();
        }
    }
}
