package dk.samvirke.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samvirke.catalogue.ProductPolicy.Actor;
import dk.samvirke.catalogue.publiccode.PubliccodeValidator;
import dk.samvirke.catalogue.publiccode.ValidationResult;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.PubliccodeFixtures;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A publiccode.yml comes back as it was imported: every valid file of the reference corpus and every
 * real-world file that validates, key for key and value for value (compared as the validator reads
 * them). No key is left out on purpose for the product's managers; the public export leaves out the
 * contacts' and contractors' e-mail addresses and phone numbers (personal data). Nothing is made up,
 * and a person's edits show.
 */
@IntegrationTest
class PubliccodeRoundTripTest {

    private static final Actor ADMIN = new Actor(true, Set.of());
    private static final Path CORPUS = SharedFolder.resolve("conformance", "publiccode");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Products products;
    @Autowired
    CatalogueManagement catalogue;

    private final PubliccodeValidator validator = new PubliccodeValidator();

    @BeforeEach
    void clean() {
        RegistryCleaner.clean(jdbc);
    }

    @Test
    void everyValidFileOfTheCorpusComesBackKeyForKey() throws IOException {
        List<Path> files;
        try (Stream<Path> valid = Files.walk(CORPUS.resolve("valid")); Stream<Path> real = Files.list(CORPUS.resolve("real-world"))) {
            files = Stream.concat(valid, real).filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        List<String> mismatches = new ArrayList<>();
        int roundTripped = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            ValidationResult original = validator.validate(content, file.getParent(), false);
            if (!original.valid()) {
                continue; // real-world files the reference would refuse too; the corpus's valid ones all are
            }
            String key = "rt-" + roundTripped++;
            bareProduct(key);
            catalogue.importUploaded(ADMIN, key, content);

            String exported = catalogue.exportPubliccode(ADMIN, key);
            ValidationResult back = validator.validate(exported.getBytes(StandardCharsets.UTF_8), file.getParent(), false);
            if (!back.errors().isEmpty() || !original.valuesOrNull().equals(back.valuesOrNull())) {
                mismatches.add(CORPUS.relativize(file) + "\n  errors " + back.errors() + "\n  differing keys "
                        + differences(original.valuesOrNull(), back.valuesOrNull()));
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(roundTripped).as("41 valid corpus files and the real-world files that validate").isGreaterThanOrEqualTo(60);
    }

    @Test
    void thePublicExportLeavesOutContactsAddressesAndPhoneNumbers() {
        bareProduct("medusa");
        catalogue.importUploaded(ADMIN, "medusa", PubliccodeFixtures.corpusValid());

        String manager = catalogue.exportPubliccode(new Actor(false, Set.of("medusa")), "medusa");
        String anyone = catalogue.exportPubliccode(null, "medusa");
        String otherManager = catalogue.exportPubliccode(new Actor(false, Set.of("other")), "medusa");

        assertThat(manager).contains("francesco.rossi@example.org").contains("+39 231 13215112");
        for (String publicFile : List.of(anyone, otherManager)) {
            assertThat(publicFile).doesNotContain("@example.org").doesNotContain("+39").contains("Francesco Rossi");
            assertThat(validator.validate(publicFile.getBytes(StandardCharsets.UTF_8), null, false).errors()).isEmpty();
        }
    }

    @Test
    void aPersonsEditsShowAndEveryOtherKeyStays() {
        bareProduct("medusa");
        byte[] file = PubliccodeFixtures.corpusValid();
        catalogue.importUploaded(ADMIN, "medusa", file);
        catalogue.update(ADMIN, "medusa", new ProductChange(null, null, null, "https://medusa.example.dk", null,
                "EUPL-1.2", null, null, Map.of("en", new ProductChange.DescriptionChange(null, "Edited here",
                        longDescription(file, "en"), List.of("One feature")))), null);

        var before = validator.validate(file, null, false).valuesOrNull();
        var after = validator.validate(catalogue.exportPubliccode(ADMIN, "medusa").getBytes(StandardCharsets.UTF_8), null,
                false);
        assertThat(after.errors()).isEmpty();
        var values = after.valuesOrNull();
        assertThat(values.get("landingURL")).isEqualTo("https://medusa.example.dk");
        assertThat(((Map<?, ?>) values.get("legal")).get("license")).isEqualTo("EUPL-1.2");
        assertThat(((Map<?, ?>) values.get("legal")).get("mainCopyrightOwner"))
                .isEqualTo(((Map<?, ?>) before.get("legal")).get("mainCopyrightOwner"));
        Map<?, ?> en = (Map<?, ?>) ((Map<?, ?>) values.get("description")).get("en");
        assertThat(en.get("shortDescription")).isEqualTo("Edited here");
        assertThat(en.get("features")).isEqualTo(List.of("One feature"));
        Map<?, ?> enBefore = (Map<?, ?>) ((Map<?, ?>) before.get("description")).get("en");
        assertThat(en.get("longDescription")).isEqualTo(enBefore.get("longDescription"));
        assertThat(en.get("screenshots")).isEqualTo(enBefore.get("screenshots"));
        for (String untouched : List.of("dependsOn", "intendedAudience", "it", "localisation", "maintenance", "usedBy")) {
            assertThat(values.get(untouched)).as(untouched).isEqualTo(before.get(untouched));
        }
    }

    @Test
    void aProductThatNeverImportedAFileExportsWhatIsKnownAndNamesWhatIsMissing() {
        products.save(new Product("bare", new ProductDetails("Bare", "Kort dansk resumé", null,
                "https://github.com/OS2/bare", "MPL-2.0", null, null, null), null));

        String exported = catalogue.exportPubliccode(ADMIN, "bare");

        assertThat(exported).startsWith("# Not yet a valid publiccode.yml").contains("Endnu ikke en gyldig");
        String body = exported.substring(exported.indexOf("publiccodeYmlVersion"));
        assertThat(body).doesNotContain("localisation").doesNotContain("platforms").doesNotContain("developmentStatus")
                .doesNotContain("Samvirke").doesNotContain("maintenance");
        var result = validator.validate(exported.getBytes(StandardCharsets.UTF_8), null, false);
        assertThat(result.errors()).extracting(f -> f.key())
                .contains("platforms", "developmentStatus", "softwareType", "maintenance.type");
        for (var error : result.errors()) {
            assertThat(exported).contains("#   " + error.key());
        }
        assertThat(exported).contains("name: Bare").contains("url: https://github.com/OS2/bare")
                .contains("license: MPL-2.0").contains("shortDescription: Kort dansk resumé");
    }

    private String longDescription(byte[] file, String language) {
        return validator.validate(file, null, false).documentOrNull().description().get(language).longDescription();
    }

    private static List<String> differences(Map<String, Object> a, Map<String, Object> b) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new java.util.LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(a.get(k), b.get(k))) {
                out.add(k + ": " + a.get(k) + " → " + b.get(k));
            }
        }
        return out;
    }

    private void bareProduct(String key) {
        products.save(new Product(key, new ProductDetails(key, null, null, null, null, null, null, null), null));
    }
}
