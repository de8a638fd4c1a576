package dk.samvirke.governance;

import dk.samvirke.governance.GovernanceRecords.Outcome;
import dk.samvirke.governance.GovernanceRules.DecisionChange;
import dk.samvirke.governance.GovernanceRules.DecisionChecked;
import dk.samvirke.events.EventDirectory;
import dk.samvirke.importing.ImportContext;
import dk.samvirke.importing.KeyedImport;
import dk.samvirke.importing.PackageColumn;
import dk.samvirke.importing.PackageForeignKey;
import dk.samvirke.importing.PackageRow;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code decisions.csv} (interfaces.md §9): key, body, date, title, text (Markdown), event (the meeting's
 * event key, §11) — upserted by key, after {@code bodies.csv}.
 */
@Component
class DecisionsFile extends GovernanceFile<String, DecisionChecked> {

    static final String NAME = "decisions.csv";

    static final String EVENTS = "events.csv";

    private final EventDirectory events;

    DecisionsFile(GovernanceStore store, EntityManager entityManager, EventDirectory events) {
        super(NAME, 460, List.of(PackageColumn.required("key"), PackageColumn.required("body"),
                PackageColumn.requiredDate("date"), PackageColumn.required("title"), PackageColumn.text("text"),
                PackageColumn.text("event")), List.of("key"),
                List.of(PackageForeignKey.of("body", BodiesFile.NAME, "key"), PackageForeignKey.of("event", EVENTS, "key")),
                store, entityManager);
        this.events = events;
    }

    @Override
    Line<String, DecisionChecked> read(PackageRow row) {
        var check = row.check();
        var checked = GovernanceRules.check(new DecisionChange(row.value("key"), row.value("body"), row.value("date"),
                row.value("title"), row.value("text"), row.value("event")), check);
        row.report(check);
        return new Line<>(row.line(), checked.key(), checked);
    }

    @Override
    String keyWords(String key) {
        return "key";
    }

    @Override
    void check(ImportContext context, Rows<String, DecisionChecked> rows) {
        var bodies = context.file(BodiesFile.NAME, Rows.class);
        for (var line : rows.lines) {
            String body = line.record().bodyKey();
            if (body != null && !bodies.map(b -> b.byKey.containsKey(body)).orElse(false) && store.body(body).isEmpty()) {
                context.problem(NAME, line.line(), "body", "no body '" + body + "' in " + BodiesFile.NAME
                        + " or the database");
            }
            String event = line.record().eventKey();
            if (event != null && !inPackage(context, event) && events.find(event).isEmpty()) {
                context.problem(NAME, line.line(), "event", "no event '" + event + "' in " + EVENTS + " or the database");
            }
        }
    }

    /** Whether the package's {@code events.csv} holds the event ({@link KeyedImport}). */
    private static boolean inPackage(ImportContext context, String event) {
        return context.file(EVENTS, KeyedImport.class).map(e -> e.has(event)).orElse(false);
    }

    @Override
    Outcome write(DecisionChecked record) {
        return store.save(record);
    }

    @Override
    public void export(ExportRows rows) {
        store.allDecisions().forEach(d -> rows.row(Arrays.asList(d.key(), d.bodyKey(), text(d.date()), d.title(),
                d.text(), d.eventKey())));
    }
}
