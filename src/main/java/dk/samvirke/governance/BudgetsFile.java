package dk.samvirke.governance;

import dk.samvirke.governance.GovernanceRecords.Outcome;
import dk.samvirke.governance.GovernanceRules.BudgetChange;
import dk.samvirke.governance.GovernanceRules.BudgetChecked;
import dk.samvirke.importing.ImportContext;
import dk.samvirke.importing.PackageColumn;
import dk.samvirke.importing.PackageForeignKey;
import dk.samvirke.importing.PackageRow;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code budgets.csv} (interfaces.md §9): product, year, amount (DKK) — upserted by (product, year). */
@Component
class BudgetsFile extends GovernanceFile<BudgetsFile.Key, BudgetChecked> {

    static final String NAME = "budgets.csv";

    record Key(String product, int year) {
    }

    BudgetsFile(GovernanceStore store, EntityManager entityManager) {
        super(NAME, 720, List.of(PackageColumn.required("product"), new PackageColumn("year", "integer", true),
                new PackageColumn("amount", "number", true)), List.of("product", "year"),
                List.of(PackageForeignKey.of("product", PRODUCTS, "key")), store, entityManager);
    }

    @Override
    Line<Key, BudgetChecked> read(PackageRow row) {
        var check = row.check();
        var checked = GovernanceRules.check(new BudgetChange(row.value("product"), row.value("year"),
                row.value("amount")), check);
        row.report(check);
        return new Line<>(row.line(), checked.productKey() == null || checked.year() == null ? null
                : new Key(checked.productKey(), checked.year()), checked);
    }

    @Override
    String keyWords(Key key) {
        return "product and year";
    }

    @Override
    void check(ImportContext context, Rows<Key, BudgetChecked> rows) {
        for (var line : rows.lines) {
            product(context, line.line(), "product", line.record().productKey());
        }
    }

    @Override
    Outcome write(BudgetChecked record) {
        return store.save(record);
    }

    @Override
    public void export(ExportRows rows) {
        store.allBudgets().forEach(b -> rows.row(Arrays.asList(b.productKey(), String.valueOf(b.year()),
                b.amount().toPlainString())));
    }
}
