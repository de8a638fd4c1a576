package dk.samvirke.api.v1;

import dk.samvirke.people.ParticipationChange;
import dk.samvirke.people.ParticipationManagement;
import dk.samvirke.people.ParticipationManagement.ParticipationNotFoundException;
import dk.samvirke.people.ParticipationView;
import dk.samvirke.people.PeopleDirectory;
import dk.samvirke.people.PeoplePolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The participations of an organisation's people, with their history, maintained by the organisation's
 * administrators: one participation per (person, product, role, since); periods of the same person,
 * product and role must not overlap.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisation}/participations")
@Tag(name = "People")
class ParticipationsResource {

    private final ParticipationManagement management;
    private final PeopleDirectory directory;
    private final PeoplePolicy policy;
    private final Clock clock;

    ParticipationsResource(ParticipationManagement management, PeopleDirectory directory, PeoplePolicy policy,
            Clock clock) {
        this.management = management;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    /** @param active current today: within its period and, for a product, while the association manages it */
    record ParticipationRepresentation(long id, String person, String name, String product, String role,
            BigDecimal allocation, LocalDate since, LocalDate until, boolean active, long revision) {

        static ParticipationRepresentation of(ParticipationView v) {
            return new ParticipationRepresentation(v.id(), v.email(), v.name(), v.product() == null ? null : v.product().key(),
                    v.role().code(), v.allocation(), v.since(), v.until(), v.current(), v.revision());
        }
    }

    @GetMapping
    @Operation(summary = "Every participation, past and present, of the organisation's people (admin or the organisation's admin)")
    List<ParticipationRepresentation> list(@PathVariable String organisation) {
        authorise(organisation);
        return directory.participationsOf(organisation, LocalDate.now(clock)).stream()
                .map(ParticipationRepresentation::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One participation, with the ETag a change must send as If-Match")
    ResponseEntity<ParticipationRepresentation> get(@PathVariable String organisation, @PathVariable long id) {
        authorise(organisation);
        var view = directory.participation(organisation, id, LocalDate.now(clock))
                .orElseThrow(() -> new ParticipationNotFoundException(organisation, id));
        return ResponseEntity.ok().eTag(ETags.of(view.revision())).body(ParticipationRepresentation.of(view));
    }

    @PostMapping
    @Operation(summary = "Add a participation: {\"person\" (e-mail of a person of the organisation), \"product\""
            + " (empty: the association), \"role\", \"allocation\", \"since\", \"until\"}; a period overlapping the same"
            + " person's in the same product and role → 422")
    ResponseEntity<ParticipationRepresentation> add(@PathVariable String organisation,
            @RequestBody ParticipationChange change) {
        var view = management.add(Actors.signedIn(), organisation, change);
        var location = URI.create("/api/v1/organisations/" + UriUtils.encodePathSegment(organisation, "UTF-8")
                + "/participations/" + view.id());
        return ResponseEntity.created(location).eTag(ETags.of(view.revision())).body(ParticipationRepresentation.of(view));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a participation's product, role, share or period (the person stays); If-Match as read")
    ResponseEntity<ParticipationRepresentation> update(@PathVariable String organisation, @PathVariable long id,
            @RequestBody ParticipationChange change, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var view = management.update(Actors.signedIn(), organisation, id, change, ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(view.revision())).body(ParticipationRepresentation.of(view));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a participation recorded by mistake (one that ended gets an until instead); If-Match as read")
    ResponseEntity<Void> remove(@PathVariable String organisation, @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        management.remove(Actors.signedIn(), organisation, id, ETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private void authorise(String organisation) {
        if (!policy.mayMaintain(Actors.signedIn(), organisation)) {
            throw new AccessDeniedException("Only the organisation's administrators may read its participations");
        }
    }
}
