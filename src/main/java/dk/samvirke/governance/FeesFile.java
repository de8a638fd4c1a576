package dk.samvirke.governance;

import dk.samvirke.governance.GovernanceRecords.Outcome;
import dk.samvirke.governance.GovernanceRules.FeeChange;
import dk.samvirke.governance.GovernanceRules.FeeChecked;
import dk.samvirke.importing.ImportContext;
import dk.samvirke.importing.PackageColumn;
import dk.samvirke.importing.PackageForeignKey;
import dk.samvirke.importing.PackageRow;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code fees.csv} (interfaces.md §9): product (empty: the association's membership fee), year, kind, band,
 * member_amount, non_member_amount — upserted by (product, year, kind, band).
 */
@Component
class FeesFile extends GovernanceFile<FeeChecked.Key, FeeChecked> {

    static final String NAME = "fees.csv";

    FeesFile(GovernanceStore store, EntityManager entityManager) {
        super(NAME, 710, List.of(PackageColumn.text("product"), new PackageColumn("year", "integer", true),
                PackageColumn.required("kind"), PackageColumn.required("band"), PackageColumn.number("member_amount"),
                PackageColumn.number("non_member_amount")), List.of("product", "year", "kind", "band"),
                List.of(PackageForeignKey.of("product", PRODUCTS, "key")), store, entityManager);
    }

    @Override
    Line<FeeChecked.Key, FeeChecked> read(PackageRow row) {
        var check = row.check();
        var checked = GovernanceRules.check(new FeeChange(row.value("product"), row.value("year"), row.value("kind"),
                row.value("band"), row.value("member_amount"), row.value("non_member_amount")), check);
        row.report(check);
        return new Line<>(row.line(), checked.year() == null || checked.kind() == null || checked.band() == null ? null
                : checked.key(), checked);
    }

    @Override
    String keyWords(FeeChecked.Key key) {
        return "product, year, kind and band";
    }

    @Override
    void check(ImportContext context, Rows<FeeChecked.Key, FeeChecked> rows) {
        for (var line : rows.lines) {
            product(context, line.line(), "product", line.record().productKey());
        }
    }

    @Override
    Outcome write(FeeChecked record) {
        return store.save(record);
    }

    @Override
    public void export(ExportRows rows) {
        store.allFees().forEach(f -> rows.row(Arrays.asList(f.productKey(), String.valueOf(f.year()), f.kind().code(),
                f.band().code(), amount(f.memberAmount()), amount(f.nonMemberAmount()))));
    }

    static String amount(java.math.BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
