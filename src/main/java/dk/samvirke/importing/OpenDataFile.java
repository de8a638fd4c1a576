package dk.samvirke.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A package file as the open data shows it: its records without the withheld columns, and only the
 * references to files the open data holds too. Export only; the open data is imported as any package is.
 */
final class OpenDataFile implements PackageFile {

    private final PackageFile file;
    private final Set<String> publicFiles;
    private final int[] shown;

    OpenDataFile(PackageFile file, Set<String> publicFiles) {
        this.file = file;
        this.publicFiles = publicFiles;
        var withheld = file.openData().withheld();
        var columns = file.columns();
        this.shown = IntStream.range(0, columns.size()).filter(i -> !withheld.contains(columns.get(i).name())).toArray();
    }

    @Override
    public String name() {
        return file.name();
    }

    @Override
    public int order() {
        return file.order();
    }

    @Override
    public List<PackageColumn> columns() {
        return IntStream.of(shown).mapToObj(file.columns()::get).toList();
    }

    @Override
    public List<String> primaryKey() {
        return file.primaryKey();
    }

    @Override
    public List<PackageForeignKey> foreignKeys() {
        var withheld = file.openData().withheld();
        return file.foreignKeys().stream()
                .filter(key -> publicFiles.contains(key.file()) && key.columns().stream().noneMatch(withheld::contains))
                .toList();
    }

    @Override
    public FileImport startImport(ImportContext context) {
        throw new UnsupportedOperationException("the open data is imported through the package's own files");
    }

    @Override
    public void export(ExportRows rows) {
        file.export(values -> {
            List<String> kept = new ArrayList<>(shown.length);
            for (int i : shown) {
                kept.add(values.get(i));
            }
            rows.row(kept);
        });
    }
}
