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

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    /**
     * In package order ({@code files}, in the order they are imported; whole-package problems and unknown
     * files first), then by line; stable, so columns keep their order.
     */
    List<ImportProblem> sorted(List<String> files) {
        return problems.stream()
                .sorted(Comparator.comparingInt((ImportProblem p) -> files.indexOf(p.file()))
                        .thenComparingInt(ImportProblem::line))
                .toList();
    }
}
