package dk.samvirke.importing;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every file a data package may hold: the {@link PackageFile} beans of all modules, in package order. */
@Component
class PackageFiles {

    private final List<PackageFile> files;

    PackageFiles(List<PackageFile> files) {
        this.files = files.stream().sorted(Comparator.comparingInt(PackageFile::order).thenComparing(PackageFile::name))
                .toList();
        long distinct = this.files.stream().map(PackageFile::name).distinct().count();
        if (distinct != this.files.size()) {
            throw new IllegalStateException("Two modules claim the same package file: " + names());
        }
    }

    List<PackageFile> all() {
        return files;
    }

    /** File names are matched without regard to case: spreadsheet users on Windows rarely see the difference. */
    Optional<PackageFile> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return files.stream().filter(f -> f.name().equals(wanted)).findFirst();
    }

    List<String> names() {
        return files.stream().map(PackageFile::name).toList();
    }

    String list() {
        return files.stream().map(PackageFile::name).collect(Collectors.joining(", "));
    }
}
