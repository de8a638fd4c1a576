package dk.samvirke.web.organisations;

import dk.samvirke.importing.Csv;
import dk.samvirke.web.Downloads;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The organisations with their membership as CSV, offered on the catalogue and statistics pages. */
@Controller
class OrganisationDownloadController {

    private final OrganisationQuery organisations;
    private final Clock clock;

    OrganisationDownloadController(OrganisationQuery organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping({"/organisationer.csv", "/organisations.csv"})
    ResponseEntity<byte[]> csv() {
        LocalDate today = LocalDate.now(clock);
        var rows = organisations.all(today).stream().map(o -> List.of(o.key(), o.name(), o.type(),
                o.municipalityCode() == null ? "" : o.municipalityCode(), o.regionKey() == null ? "" : o.regionKey(),
                String.valueOf(o.member()), o.memberSince() == null ? "" : o.memberSince().toString(),
                String.valueOf(o.productsUsed()))).toList();
        return Downloads.csv("organisationer", today, Csv.of(List.of("key", "name", "type", "municipality_code", "region",
                "member", "member_since", "products_in_use"), rows));
    }
}
