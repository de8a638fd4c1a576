package dk.samvirke.api.v1;

import dk.samvirke.api.v1.ApiRepresentations.MembershipPeriod;
import dk.samvirke.api.v1.ApiRepresentations.OrganisationDetail;
import dk.samvirke.api.v1.ApiRepresentations.OrganisationSummary;
import dk.samvirke.api.v1.ApiRepresentations.ProductRef;
import dk.samvirke.organisations.OrganisationDirectory;
import dk.samvirke.organisations.OrganisationFilter;
import dk.samvirke.organisations.OrganisationManagement;
import dk.samvirke.organisations.OrganisationManagement.OrganisationNotFoundException;
import dk.samvirke.organisations.OrganisationPolicy;
import dk.samvirke.organisations.OrganisationRules;
import dk.samvirke.organisations.OrganisationType;
import dk.samvirke.people.PeopleDirectory;
import dk.samvirke.shared.CodedEnum;
import dk.samvirke.usage.UsageDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Municipalities, regions, state bodies, associations and suppliers, over time")
class OrganisationsResource {

    private final OrganisationDirectory organisations;
    private final OrganisationManagement management;
    private final UsageDirectory usages;
    private final PeopleDirectory people;
    private final Clock clock;

    OrganisationsResource(OrganisationDirectory organisations, OrganisationManagement management, UsageDirectory usages,
            PeopleDirectory people, Clock clock) {
        this.organisations = organisations;
        this.management = management;
        this.usages = usages;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "List organisations with their membership history and the products each uses today")
    PageResponse<OrganisationSummary> list(
            @Parameter(description = "Organisation type: municipality, region, state, association, supplier, other")
            @RequestParam(required = false) String type,
            @Parameter(description = "Only members (true) or non-members (false) as of today")
            @RequestParam(required = false) Boolean member,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var params = new PageRequestParams(page, size);
        OrganisationType wanted = null;
        if (type != null && !type.isBlank()) {
            wanted = CodedEnum.fromCode(OrganisationType.class, type).orElseThrow(() -> new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "type must be one of " + CodedEnum.codes(OrganisationType.class)));
        }
        LocalDate today = LocalDate.now(clock);
        var found = organisations.list(new OrganisationFilter(wanted, member, false, today), params.pageable());
        var inUse = usages.productsInUse(found.getContent().stream().map(o -> o.key()).toList(), today);
        return PageResponse.of(found, o -> ApiRepresentations.summary(o, today,
                inUse.getOrDefault(o.key(), List.of()).stream().map(ProductRef::of).toList()));
    }

    @GetMapping("/{key}")
    @Operation(summary = "One organisation: its history (founded, dissolved, successor, predecessors, every membership"
            + " period), the products it uses and used, and the people who take and took part")
    ResponseEntity<OrganisationDetail> get(@PathVariable String key) {
        LocalDate today = LocalDate.now(clock);
        var organisation = organisations.find(key).orElseThrow(() -> new OrganisationNotFoundException(key));
        return ResponseEntity.ok().eTag(ETags.of(organisation.version())).body(ApiRepresentations.detail(organisation,
                today, usages.ofOrganisation(key, today), people.participantsFrom(key, today)));
    }

    @PutMapping("/{key}/memberships")
    @Operation(summary = "Replace the organisation's membership periods (administrators): [{\"since\", \"until\"}]."
            + " Periods must not overlap (422 names both). Send If-Match with the organisation's ETag to be told"
            + " (412) when someone else changed it meanwhile.")
    ResponseEntity<List<MembershipPeriod>> memberships(@PathVariable String key,
            @RequestBody List<OrganisationRules.PeriodInput> periods,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var user = Actors.signedIn();
        var organisation = management.replaceMemberships(new OrganisationPolicy.Actor(user.isAdmin()), key, periods,
                ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(organisation.version()))
                .body(MembershipPeriod.of(organisation.memberships()));
    }
}
