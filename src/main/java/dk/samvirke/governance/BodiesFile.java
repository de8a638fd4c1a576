package dk.samvirke.governance;

import dk.samvirke.governance.GovernanceRecords.Outcome;
import dk.samvirke.governance.GovernanceRules.BodyChange;
import dk.samvirke.governance.GovernanceRules.BodyChecked;
import dk.samvirke.importing.ImportContext;
import dk.samvirke.importing.PackageColumn;
import dk.samvirke.importing.PackageForeignKey;
import dk.samvirke.importing.PackageRow;
import dk.samvirke.importing.ParticipationBodies;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code bodies.csv} (interfaces.md §9): key, name, type, product (empty: the association's), mandate,
 * since, until — upserted by key. It comes after products and before {@code participations.csv}, whose
 * {@code body} column names these; it also answers that file's question about a body's product.
 */
@Component
class BodiesFile extends GovernanceFile<String, BodyChecked> implements ParticipationBodies {

    static final String NAME = "bodies.csv";

    BodiesFile(GovernanceStore store, EntityManager entityManager) {
        super(NAME, 450, List.of(PackageColumn.required("key"), PackageColumn.required("name"),
                PackageColumn.required("type"), PackageColumn.text("product"), PackageColumn.text("mandate"),
                PackageColumn.date("since"), PackageColumn.date("until")), List.of("key"),
                List.of(PackageForeignKey.of("product", PRODUCTS, "key")), store, entityManager);
    }

    @Override
    Line<String, BodyChecked> read(PackageRow row) {
        var check = row.check();
        var checked = GovernanceRules.check(new BodyChange(row.value("key"), row.value("name"), row.value("type"),
                row.value("product"), row.value("mandate"), row.value("since"), row.value("until")), check);
        row.report(check);
        return new Line<>(row.line(), checked.key(), checked);
    }

    @Override
    String keyWords(String key) {
        return "key";
    }

    @Override
    void check(ImportContext context, Rows<String, BodyChecked> rows) {
        for (var line : rows.lines) {
            var body = line.record();
            product(context, line.line(), "product", body.productKey());
            if (body.key() != null) {
                store.body(body.key()).filter(b -> !Objects.equals(b.productKey(), body.productKey()))
                        .ifPresent(b -> context.problem(NAME, line.line(), "product", "the body '" + body.key()
                                + "' belongs to " + (b.productKey() == null ? "the association" : "the product '"
                                + b.productKey() + "'") + " in the database; a body cannot move to another product"));
            }
        }
    }

    @Override
    Outcome write(BodyChecked record) {
        return store.save(record);
    }

    @Override
    public void export(ExportRows rows) {
        store.allBodies().forEach(b -> rows.row(Arrays.asList(b.key(), b.name(), b.type().code(), b.productKey(),
                b.mandate(), text(b.since()), text(b.until()))));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Scope> find(ImportContext context, String bodyKey) {
        var inPackage = context.file(NAME, Rows.class).map(r -> (BodyChecked) r.byKey.get(bodyKey));
        if (inPackage.isPresent()) {
            return Optional.of(new Scope(inPackage.get().productKey()));
        }
        return store.body(bodyKey).map(b -> new Scope(b.productKey()));
    }
}
