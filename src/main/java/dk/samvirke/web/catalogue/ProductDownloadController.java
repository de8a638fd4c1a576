package dk.samvirke.web.catalogue;

import dk.samvirke.importing.Csv;
import dk.samvirke.usage.CatalogueSearch;
import dk.samvirke.web.Downloads;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The catalogue's products with how many organisations use each today, as CSV. */
@Controller
class ProductDownloadController {

    private final CatalogueSearch catalogue;
    private final Clock clock;

    ProductDownloadController(CatalogueSearch catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping({"/produkter.csv", "/products.csv"})
    ResponseEntity<byte[]> csv() {
        LocalDate today = LocalDate.now(clock);
        var found = catalogue.search(CatalogueCriteria.all().query(), today, PageRequest.of(0, 100_000), 0);
        var rows = found.getContent().stream().map(p -> List.of(p.key(), p.name(), p.summary() == null ? "" : p.summary(),
                p.owner() == null ? "" : p.owner().key(), p.licence() == null ? "" : p.licence(),
                p.repository() == null ? "" : p.repository(), p.adoptedOn() == null ? "" : p.adoptedOn().toString(),
                p.retiredOn() == null ? "" : p.retiredOn().toString(), String.valueOf(p.managed()),
                String.valueOf(p.users()))).toList();
        return Downloads.csv("produkter", today, Csv.of(List.of("key", "name", "summary", "owner", "licence", "repository",
                "adopted_on", "retired_on", "managed", "organisations_using"), rows));
    }
}
