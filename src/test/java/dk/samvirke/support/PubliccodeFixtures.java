package dk.samvirke.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** publiccode.yml files for tests: a Danish one written here, and the reference corpus's showcase file. */
public final class PubliccodeFixtures {

    /** The reference parser's "as many fields as possible" file, from the shared conformance corpus. */
    public static final Path CORPUS_VALID = SharedFolder.resolve("conformance", "publiccode", "valid", "v0", "valid",
            "valid.yml");

    private PubliccodeFixtures() {
    }

    /** A valid file for a product, with a Danish and an English description. */
    public static String danish(String name, String repository, String status) {
        return """
                publiccodeYmlVersion: "0"
                name: %s
                url: "%s"
                landingURL: "https://os2.eu/produkt/os2test"
                softwareVersion: "2.4.1"
                releaseDate: 2026-03-01
                logo: "https://os2.eu/logo.svg"
                platforms:
                  - web
                  - linux
                categories:
                  - document-management
                  - workflow-management
                developmentStatus: %s
                softwareType: "standalone/web"
                description:
                  da:
                    localisedName: OS2test
                    shortDescription: "Fælles sagsbehandling for kommunerne"
                    longDescription: >
                      OS2test samler kommunernes sagsbehandling i én løsning, som kommunerne udvikler og
                      vedligeholder sammen i fællesskabet. Løsningen er bygget på åbne standarder og kan
                      drives af den enkelte kommune eller af en fælles driftsleverandør.
                    features:
                      - Sagsoverblik
                      - Digital post
                  en:
                    shortDescription: "Shared case handling for municipalities"
                    longDescription: >
                      OS2test brings the municipalities' case handling together in one solution, which the
                      municipalities develop and maintain together in the community. It is built on open
                      standards and can be run by each municipality or by a shared operator.
                    features:
                      - Case overview
                legal:
                  license: MPL-2.0
                maintenance:
                  type: community
                  contacts:
                    - name: Anne Hansen
                      email: anne.hansen@aarhus.dk
                      affiliation: Aarhus Kommune
                localisation:
                  localisationReady: true
                  availableLanguages:
                    - da
                    - en
                """.formatted(name, repository, status);
    }

    public static byte[] corpusValid() {
        try {
            return Files.readAllBytes(CORPUS_VALID);
        } catch (IOException e) {
            throw new IllegalStateException("The shared conformance corpus is missing: " + CORPUS_VALID.toAbsolutePath(), e);
        }
    }
}
