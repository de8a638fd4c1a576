package dk.samvirke.security;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A notice in the OSV format, schema 1.6 (https://ossf.github.io/osv-schema/): the public notice only, no
 * organisation. Each interval of the range is one {@code ECOSYSTEM} range of events — {@code introduced} at
 * its lower bound (0 when open below), {@code fixed} at a {@code <} bound, {@code last_affected} at a
 * {@code <=} bound — and {@code =} versions are listed under {@code versions}. The product has no package
 * ecosystem of its own, so {@code package} is left out and the product is named in {@code database_specific},
 * with the range as written (an exclusive lower bound {@code >} has no OSV event: it is read as inclusive there,
 * and the range there is the exact one).
 */
public final class OsvDocument {

    public static final String SCHEMA_VERSION = "1.6.0";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private OsvDocument() {
    }

    /** The OSV id of a notice: {@code SAMVIRKE-} and its number. */
    public static String id(long notice) {
        return "SAMVIRKE-" + notice;
    }

    public static Map<String, Object> of(NoticeView n, String baseUrl) {
        Map<String, Object> osv = new LinkedHashMap<>();
        osv.put("schema_version", SCHEMA_VERSION);
        osv.put("id", n.key());
        osv.put("modified", RFC3339.format(n.updated().atOffset(ZoneOffset.UTC)));
        osv.put("published", RFC3339.format(n.published().atStartOfDay().atOffset(ZoneOffset.UTC)));
        osv.put("aliases", n.aliases());
        osv.put("summary", n.title());
        osv.put("details", n.description());
        Map<String, Object> affected = new LinkedHashMap<>();
        VersionRange range = VersionRange.parse(n.affected());
        List<Map<String, Object>> ranges = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        for (VersionRange.Interval interval : range.intervals()) {
            var events = events(interval);
            if (events == null) {
                interval.comparators().forEach(c -> versions.add(c.version().toString()));
            } else {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("type", "ECOSYSTEM");
                r.put("events", events);
                ranges.add(r);
            }
        }
        if (!ranges.isEmpty()) {
            affected.put("ranges", ranges);
        }
        if (!versions.isEmpty()) {
            affected.put("versions", versions);
        }
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("product", n.product().key());
        product.put("name", n.product().name());
        product.put("range", n.affected());
        if (n.fixed() != null) {
            product.put("fixed", n.fixed());
        }
        affected.put("database_specific", product);
        osv.put("affected", List.of(affected));
        osv.put("references", List.of(Map.of("type", "ADVISORY", "url", baseUrl + "/sikkerhed/" + n.id()),
                Map.of("type", "WEB", "url", baseUrl + "/produkter/" + n.product().key())));
        osv.put("database_specific", Map.of("severity", n.severity().code().toUpperCase(java.util.Locale.ROOT)));
        return osv;
    }

    /** The interval's events, or null when it is exact versions only ({@code =}). */
    private static List<Map<String, String>> events(VersionRange.Interval interval) {
        if (interval.comparators().stream().allMatch(c -> c.operator() == VersionRange.Operator.EQ)) {
            return null;
        }
        String introduced = "0";
        Map<String, String> upper = null;
        for (var c : interval.comparators()) {
            switch (c.operator()) {
                case GE, GT, EQ -> introduced = c.version().toString();
                case LT -> upper = Map.of("fixed", c.version().toString());
                case LE -> upper = Map.of("last_affected", c.version().toString());
            }
        }
        List<Map<String, String>> events = new ArrayList<>();
        events.add(Map.of("introduced", introduced));
        if (upper != null) {
            events.add(upper);
        }
        return events;
    }
}
