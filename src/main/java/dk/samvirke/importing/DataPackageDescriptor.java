package dk.samvirke.importing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code datapackage.json}: the Frictionless Data Package descriptor that every export writes beside its
 * files — each file as a tabular resource with its fields and their types, primary key and foreign keys,
 * and the CSV dialect. Built from the {@link PackageFile}s, so a module's new file is described with it.
 * Imports ignore it. The same files give the same bytes: it holds no date.
 */
final class DataPackageDescriptor {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DataPackageDescriptor() {
    }

    static byte[] of(List<PackageFile> files) {
        return of(files, "samvirke-registry", "Samvirke: the registry of a community sharing open-source software");
    }

    static byte[] of(List<PackageFile> files, String name, String title) {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", name);
        descriptor.put("title", title);
        descriptor.put("resources", files.stream().map(DataPackageDescriptor::resource).toList());
        return (JSON.writeValueAsString(descriptor) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> resource(PackageFile file) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", file.name().replaceFirst("\\.csv$", ""));
        resource.put("path", file.name());
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("dialect", Map.of("delimiter", ",", "lineTerminator", "\r\n", "header", true));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", file.columns().stream().map(DataPackageDescriptor::field).toList());
        schema.put("primaryKey", file.primaryKey());
        if (!file.foreignKeys().isEmpty()) {
            schema.put("foreignKeys", file.foreignKeys().stream().map(DataPackageDescriptor::foreignKey).toList());
        }
        resource.put("schema", schema);
        return resource;
    }

    private static Map<String, Object> field(PackageColumn column) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", column.name());
        field.put("type", column.type());
        if (column.type().equals("date")) {
            field.put("format", "%Y-%m-%d");
        }
        if (column.required()) {
            field.put("constraints", Map.of("required", true));
        }
        return field;
    }

    private static Map<String, Object> foreignKey(PackageForeignKey key) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("resource", key.file().replaceFirst("\\.csv$", ""));
        reference.put("fields", key.references());
        Map<String, Object> foreignKey = new LinkedHashMap<>();
        foreignKey.put("fields", key.columns());
        foreignKey.put("reference", reference);
        return foreignKey;
    }
}
