package dk.samvirke.importing;

import java.util.List;

/** Columns of one file that name a record of another ({@code file}, by its columns {@code references}). */
public record PackageForeignKey(List<String> columns, String file, List<String> references) {

    public static PackageForeignKey of(String column, String file, String reference) {
        return new PackageForeignKey(List.of(column), file, List.of(reference));
    }
}
