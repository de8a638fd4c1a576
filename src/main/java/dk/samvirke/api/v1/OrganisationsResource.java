package dk.samvirke.api.v1;

import dk.samvirke.api.v1.ApiRepresentations.OrganisationDetail;
import dk.samvirke.api.v1.ApiRepresentations.OrganisationSummary;
import dk.samvirke.organisations.Organisation;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.shared.CodedEnum;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Municipalities, regions, state bodies, associations and suppliers")
class OrganisationsResource {

    private final RegistryReader reader;
    private final Clock clock;

    OrganisationsResource(RegistryReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "List organisations with their membership and the products each uses today")
    PageResponse<OrganisationSummary> list(
            @Parameter(description = "Organisation type: municipality, region, state, association, supplier, other")
            @RequestParam(required = false) String type,
            @Parameter(description = "Only members (true) or non-members (false) as of today")
            @RequestParam(required = false) Boolean member,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var params = new PageRequestParams(page, size);
        Predicate<Organisation> filter = o -> true;
        if (type != null && !type.isBlank()) {
            var wanted = CodedEnum.fromCode(OrganisationType.class, type).orElseThrow(() -> new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "type must be one of " + CodedEnum.codes(OrganisationType.class)));
            filter = filter.and(o -> o.getType() == wanted);
        }
        if (member != null) {
            LocalDate today = LocalDate.now(clock);
            filter = filter.and(o -> o.isMemberOn(today) == member);
        }
        return PageResponse.of(reader.organisations(filter), params);
    }

    @GetMapping("/{key}")
    @Operation(summary = "One organisation: membership, the products it uses and the people taking part")
    OrganisationDetail get(@PathVariable String key) {
        return reader.organisation(key);
    }
}
