package dk.samvirke.governance;

import dk.samvirke.governance.GovernanceRecords.Outcome;
import dk.samvirke.governance.GovernanceRules.StageChange;
import dk.samvirke.governance.GovernanceRules.StageChecked;
import dk.samvirke.importing.ImportContext;
import dk.samvirke.importing.PackageColumn;
import dk.samvirke.importing.PackageForeignKey;
import dk.samvirke.importing.PackageRow;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code stages.csv} (interfaces.md §9): product, stage, since, decision — a product's maturity over time,
 * upserted by (product, since). A product's stage on D is its row with the latest since ≤ D.
 */
@Component
class StagesFile extends GovernanceFile<StagesFile.Key, StageChecked> {

    static final String NAME = "stages.csv";

    record Key(String product, LocalDate since) {
    }

    StagesFile(GovernanceStore store, EntityManager entityManager) {
        super(NAME, 700, List.of(PackageColumn.required("product"), PackageColumn.required("stage"),
                PackageColumn.requiredDate("since"), PackageColumn.text("decision")), List.of("product", "since"),
                List.of(PackageForeignKey.of("product", PRODUCTS, "key"),
                        PackageForeignKey.of("decision", DecisionsFile.NAME, "key")), store, entityManager);
    }

    @Override
    Line<Key, StageChecked> read(PackageRow row) {
        var check = row.check();
        var checked = GovernanceRules.check(new StageChange(row.value("product"), row.value("stage"),
                row.value("since"), row.value("decision")), check);
        row.report(check);
        return new Line<>(row.line(), checked.productKey() == null || checked.since() == null ? null
                : new Key(checked.productKey(), checked.since()), checked);
    }

    @Override
    String keyWords(Key key) {
        return "product and since";
    }

    @Override
    void check(ImportContext context, Rows<Key, StageChecked> rows) {
        var decisions = context.file(DecisionsFile.NAME, Rows.class);
        for (var line : rows.lines) {
            product(context, line.line(), "product", line.record().productKey());
            String decision = line.record().decisionKey();
            if (decision != null && !decisions.map(d -> d.byKey.containsKey(decision)).orElse(false)
                    && store.decision(decision).isEmpty()) {
                context.problem(NAME, line.line(), "decision", "no decision '" + decision + "' in " + DecisionsFile.NAME
                        + " or the database");
            }
        }
    }

    @Override
    Outcome write(StageChecked record) {
        return store.save(record);
    }

    @Override
    public void export(ExportRows rows) {
        store.allStages().forEach(s -> rows.row(Arrays.asList(s.productKey(), s.stage().code(), text(s.since()),
                s.decisionKey())));
    }
}
