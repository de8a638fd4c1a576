package dk.samvirke.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one import: a package is only rejected after all of them are known. */
final class Problems {

    private final List<ImportProblem> problems = new ArrayList<>();

    void add(String file, int line, String column, String message) {
        problems.add(new ImportProblem(file, line, column, message));
    }

    void add(DataPackageFile file, int line, String column, String message) {
        add(file.fileName(), line, column, message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    /** In package order (whole-package problems first), then by line; stable, so columns keep their order. */
    List<ImportProblem> sorted() {
        return problems.stream()
                .sorted(Comparator.comparingInt((ImportProblem p) -> DataPackageFile.byName(p.file())
                                .map(DataPackageFile::ordinal).orElse(-1))
                        .thenComparingInt(ImportProblem::line))
                .toList();
    }
}
