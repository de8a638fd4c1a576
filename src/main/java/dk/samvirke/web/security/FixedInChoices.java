package dk.samvirke.web.security;

import dk.samvirke.harvest.HarvestManagement;
import dk.samvirke.harvest.ReleaseView;
import dk.samvirke.security.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The releases harvested from a product's repositories' tags that read as versions: the form's "fixed in" choices. */
@Component
class FixedInChoices {

    static final int MAX = 30;

    private final HarvestManagement harvest;

    FixedInChoices(HarvestManagement harvest) {
        this.harvest = harvest;
    }

    /** Newest version first, each version once. */
    List<String> of(String productKey) {
        Map<Version, String> versions = new LinkedHashMap<>();
        try {
            for (var repository : harvest.repositories(productKey)) {
                for (ReleaseView release : repository.releases()) {
                    Version.readable(release.name()).ifPresent(v -> versions.putIfAbsent(v, release.name()));
                }
            }
        } catch (RuntimeException unknownProduct) {
            return List.of();
        }
        List<Version> sorted = new ArrayList<>(versions.keySet());
        sorted.sort(Comparator.reverseOrder());
        return sorted.stream().limit(MAX).map(versions::get).toList();
    }
}
