package dk.samvirke.catalogue;

import dk.samvirke.catalogue.publiccode.PubliccodeDocument;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as others read it (the EU's catalogues, feed readers): every product with what the
 * registry and its last publiccode.yml say, and nothing personal (no contacts). Read only.
 */
@Service
public class PublicCatalogue {

    private final Products products;
    private final PubliccodeFiles files;
    private final JdbcTemplate jdbc;

    PublicCatalogue(Products products, PubliccodeFiles files, JdbcTemplate jdbc) {
        this.products = products;
        this.files = files;
        this.jdbc = jdbc;
    }

    /**
     * One product. {@code changedAt} (UTC) is the latest change of the product, its descriptions or its
     * publiccode.yml; the lists are never null.
     *
     * @param copyrightOwner {@code legal.mainCopyrightOwner} of its publiccode.yml
     * @param scope          {@code intendedAudience.scope}
     * @param countries      {@code intendedAudience.countries} (ISO 3166-1 alpha-2)
     * @param basedOn        {@code isBasedOn}
     * @param languages      {@code localisation.availableLanguages}
     */
    public record Entry(String key, String name, String summary, String ownerKey, String ownerName, String licence,
            String website, String repository, List<String> categories, String developmentStatus,
            String releaseVersion, LocalDate releaseDate, LocalDate retiredOn, List<Description> descriptions,
            String copyrightOwner, PubliccodeDocument.Organisation organisation,
            List<PubliccodeDocument.Organisation> fundedBy, List<String> scope, List<String> countries,
            List<String> basedOn, List<String> languages, LocalDateTime createdAt, LocalDateTime changedAt) {
    }

    public record Description(String language, String localisedName, String shortDescription, String longDescription) {
    }

    /** Every product, by name. */
    @Transactional(readOnly = true)
    public List<Entry> entries() {
        var all = products.findAllForCatalogue();
        Map<Long, PubliccodeFile> byProduct = files.findAllById(all.stream().map(Product::getId).toList()).stream()
                .collect(Collectors.toMap(PubliccodeFile::productId, Function.identity()));
        return all.stream().map(p -> entry(p, byProduct.get(p.getId()))).toList();
    }

    /** The products changed last, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> latest(int count) {
        var latest = products.findAllByOrderByUpdatedAtDesc(PageRequest.of(0, count));
        Map<Long, PubliccodeFile> byProduct = files.findAllById(latest.stream().map(Product::getId).toList()).stream()
                .collect(Collectors.toMap(PubliccodeFile::productId, Function.identity()));
        return latest.stream().map(p -> entry(p, byProduct.get(p.getId())))
                .sorted(Comparator.comparing(Entry::changedAt).reversed()).toList();
    }

    /**
     * Changes whenever anything {@link #entries()} gives changes (a product added, changed or removed,
     * a description, a file, an owner's name): cheap enough to ask on every request, for ETags.
     */
    public String version() {
        return jdbc.queryForObject("select concat((select count(*) from product), '-', "
                + "(select coalesce(max(updated_at), timestamp '2000-01-01 00:00:00') from product), '-', "
                + "(select count(*) from product_description), '-', "
                + "(select coalesce(max(updated_at), timestamp '2000-01-01 00:00:00') from product_description), '-', "
                + "(select coalesce(max(imported_at), timestamp '2000-01-01 00:00:00') from product_publiccode), '-', "
                + "(select coalesce(max(updated_at), timestamp '2000-01-01 00:00:00') from organisation))", String.class);
    }

    private static Entry entry(Product p, PubliccodeFile file) {
        var doc = file == null ? null : PubliccodeDocument.of(file.values());
        var descriptions = p.getDescriptions().stream().map(d -> new Description(d.getLanguage(), d.getLocalisedName(),
                d.getShortDescription(), d.getLongDescription())).toList();
        LocalDateTime changed = Stream.concat(Stream.of(p.getUpdatedAt(), file == null ? null : file.importedAt()),
                        p.getDescriptions().stream().map(ProductDescription::getUpdatedAt))
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(p.getUpdatedAt());
        var owner = p.getOwner();
        return new Entry(p.getKey(), p.getName(), p.getSummary(), owner == null ? null : owner.getKey(),
                owner == null ? null : owner.getName(), p.getLicence(), p.getWebsite(), p.getRepository(),
                p.getCategories(), p.getDevelopmentStatus(), p.getReleaseVersion(), p.getReleaseDate(), p.getRetiredOn(),
                descriptions, doc == null || doc.legal() == null ? null : doc.legal().mainCopyrightOwner(),
                doc == null ? null : doc.organisation(), doc == null ? List.of() : doc.fundedBy(),
                doc == null ? List.of() : doc.intendedAudience().scope(),
                doc == null ? List.of() : doc.intendedAudience().countries(),
                doc == null ? List.of() : doc.isBasedOn(),
                doc == null || doc.localisation() == null ? List.of() : doc.localisation().availableLanguages(),
                p.getCreatedAt(), changed);
    }
}
