package dk.samvirke.events;

import dk.samvirke.catalogue.Products;
import dk.samvirke.importing.FileImport;
import dk.samvirke.importing.KeyedImport;
import dk.samvirke.importing.FileSummary;
import dk.samvirke.importing.ImportContext;
import dk.samvirke.importing.OpenData;
import dk.samvirke.importing.PackageColumn;
import dk.samvirke.importing.PackageFile;
import dk.samvirke.importing.PackageForeignKey;
import dk.samvirke.importing.PackageRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * {@code events.csv} (interfaces.md §11, §2.1), upserted by key through {@link EventRules}. Besides the contract's
 * columns: {@code title_en}, {@code organisers} (e-mail addresses separated by spaces; withheld from the open
 * data), {@code materials} and {@code minutes} (Markdown). Public in the open data, without the organisers.
 */
@Component
class EventsFile implements PackageFile {

    static final String NAME = "events.csv";
    static final String PRODUCTS = "products.csv";
    static final String BODIES = "bodies.csv";

    private final Events events;
    private final Products products;
    private final EventPolicy policy;

    EventsFile(Events events, Products products, EventPolicy policy) {
        this.events = events;
        this.products = products;
        this.policy = policy;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** After the registry's files (100–600) and the bodies of governance. */
    @Override
    public int order() {
        return 800;
    }

    @Override
    public List<PackageColumn> columns() {
        return List.of(PackageColumn.required("key"), PackageColumn.required("title"), PackageColumn.text("title_en"),
                PackageColumn.required("kind"), PackageColumn.required("starts"), PackageColumn.required("ends"),
                PackageColumn.text("product"), PackageColumn.text("body"), PackageColumn.text("location"),
                PackageColumn.text("online_url"), PackageColumn.integer("capacity"), PackageColumn.text("signup_closes"),
                PackageColumn.text("cancelled"), PackageColumn.text("description"), PackageColumn.text("organisers"),
                PackageColumn.text("materials"), PackageColumn.text("minutes"));
    }

    @Override
    public List<String> primaryKey() {
        return List.of("key");
    }

    @Override
    public List<PackageForeignKey> foreignKeys() {
        return List.of(PackageForeignKey.of("product", PRODUCTS, "key"));
    }

    /** Events are public; who organises them is not. */
    @Override
    public OpenData openData() {
        return OpenData.without("organisers");
    }

    @Override
    public FileImport startImport(ImportContext context) {
        return new Import();
    }

    @Override
    public void export(ExportRows rows) {
        for (Event e : events.findAllWithProduct()) {
            var d = e.details();
            rows.row(Arrays.asList(e.getKey(), d.title(), d.titleEn(), d.kind().code(), text(d.starts()), text(d.ends()),
                    d.product(), d.body(), d.location(), d.onlineUrl(), d.capacity() == null ? null : d.capacity().toString(),
                    text(d.signupCloses()), e.isCancelled() ? "yes" : null, d.description(),
                    d.organisers().isEmpty() ? null : String.join(" ", d.organisers()), e.getMaterials(), e.getMinutes()));
        }
    }

    static String text(java.time.LocalDateTime time) {
        return time == null ? null : time.toString();
    }

    /** One row, checked. */
    record Row(int line, String key, EventDetails details, boolean cancelled, String materials, String minutes) {
    }

    final class Import implements KeyedImport {

        private final Map<String, Row> rows = new LinkedHashMap<>();

        @Override
        public void read(PackageRow row) {
            var check = row.check();
            String key = EventRules.key(row.value("key"), check);
            String organisers = row.value("organisers");
            var details = EventRules.check(new EventRequest(key, row.value("title"), row.value("title_en"),
                    row.value("kind"), row.value("starts"), row.value("ends"), row.value("product"), row.value("body"),
                    row.value("location"), row.value("online_url"), row.value("capacity"), row.value("signup_closes"),
                    row.value("description"), organisers == null ? List.of() : List.of(organisers.split("\\s+"))), check);
            String cancelled = row.value("cancelled");
            if (cancelled != null && !cancelled.equalsIgnoreCase("yes")) {
                check.problem("cancelled", "'" + cancelled + "' is not yes or empty");
            }
            String materials = EventRules.markdown("materials", row.value("materials"), check);
            String minutes = EventRules.markdown("minutes", row.value("minutes"), check);
            row.report(check);
            if (key != null && rows.containsKey(key)) {
                row.problem("key", "'" + key + "' is on line " + rows.get(key).line() + " too");
            } else if (key != null) {
                rows.put(key, new Row(row.line(), key, details, cancelled != null, materials, minutes));
            }
        }

        @Override
        public boolean has(String key) {
            return rows.containsKey(key);
        }

        Row row(String key) {
            return rows.get(key);
        }

        @Override
        public void check(ImportContext context) {
            var productsInPackage = context.file(PRODUCTS, KeyedImport.class);
            var bodiesInPackage = context.file(BODIES, KeyedImport.class);
            for (Row row : rows.values()) {
                String product = row.details().product();
                if (product != null && !productsInPackage.map(f -> f.has(product)).orElse(false)
                        && products.findByKey(product).isEmpty()) {
                    context.problem(NAME, row.line(), "product", "no product with key '" + product + "' in " + PRODUCTS
                            + " or the registry");
                }
                String body = row.details().body();
                if (body != null) {
                    var known = policy.bodies().flatMap(b -> b.body(body));
                    if (known.isPresent()) {
                        if (product != null && !Objects.equals(known.get().productKey(), product)) {
                            context.problem(NAME, row.line(), "body", "the body '" + body + "' is not of product '"
                                    + product + "'");
                        }
                    } else if (policy.bodies().isEmpty()) {
                        context.problem(NAME, row.line(), "body", "bodies are not available in this installation");
                    } else if (!bodiesInPackage.map(f -> f.has(body)).orElse(false)) {
                        context.problem(NAME, row.line(), "body", "no body with key '" + body + "' in " + BODIES
                                + " or the registry");
                    }
                    // else a body of this package's bodies.csv: that file's own checks hold the rest of it
                }
            }
        }

        @Override
        public FileSummary write(ImportContext context) {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            List<Event> fresh = new ArrayList<>();
            for (Row row : rows.values()) {
                var product = row.details().product() == null ? null : products.findByKey(row.details().product()).orElseThrow();
                var existing = events.findByKey(row.key());
                if (existing.isEmpty()) {
                    var event = new Event(row.key(), row.details(), product);
                    event.setCancelled(row.cancelled());
                    event.setAfterwards(row.materials(), row.minutes());
                    fresh.add(event);
                    created++;
                } else {
                    Event event = existing.get();
                    boolean same = event.details().equals(row.details()) && event.isCancelled() == row.cancelled()
                            && Objects.equals(event.getMaterials(), row.materials())
                            && Objects.equals(event.getMinutes(), row.minutes());
                    if (same) {
                        unchanged++;
                    } else {
                        boolean calendar = !event.details().equals(row.details()) || event.isCancelled() != row.cancelled();
                        event.apply(row.details(), product);
                        event.setCancelled(row.cancelled());
                        event.setAfterwards(row.materials(), row.minutes());
                        if (calendar) {
                            event.changed();
                        }
                        updated++;
                    }
                }
            }
            events.saveAll(fresh);
            events.flush();
            return new FileSummary(created, updated, unchanged);
        }
    }
}
