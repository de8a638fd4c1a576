package dk.samvirke.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The five files of a data package v1 (interfaces.md §2), in the order they are imported. */
enum DataPackageFile {

    ORGANISATIONS("organisations.csv", List.of("key", "name", "type", "country", "municipality_code", "cvr",
            "region", "population", "website", "email_domains", "member_since", "member_until"), "key", "name", "type"),
    PRODUCTS("products.csv", List.of("key", "name", "summary", "owner", "repository", "licence", "website",
            "adopted_on", "retired_on"), "key", "name"),
    USAGES("usages.csv", List.of("organisation", "product", "status", "since", "until", "version", "contact_email"),
            "organisation", "product", "status"),
    PEOPLE("people.csv", List.of("email", "name", "organisation", "title"), "email", "name"),
    PARTICIPATIONS("participations.csv", List.of("person", "product", "role", "allocation", "since", "until"),
            "person", "role");

    private final String fileName;
    private final List<String> required;
    private final List<String> columns;

    DataPackageFile(String fileName, List<String> columns, String... required) {
        this.fileName = fileName;
        this.columns = columns;
        this.required = List.of(required);
    }

    String fileName() {
        return fileName;
    }

    List<String> required() {
        return required;
    }

    /** Every column, in the order an export writes them. */
    List<String> columns() {
        return columns;
    }

    static Optional<DataPackageFile> byName(String fileName) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(fileName)).findFirst();
    }

    static String fileNames() {
        return Arrays.stream(values()).map(DataPackageFile::fileName).collect(Collectors.joining(", "));
    }
}
