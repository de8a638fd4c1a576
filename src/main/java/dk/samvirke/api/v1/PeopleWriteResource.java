package dk.samvirke.api.v1;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.people.PeopleManagement;
import dk.samvirke.people.Person;
import dk.samvirke.people.PersonChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * An organisation's people, maintained by the organisation's administrators. The bodies bind to
 * {@link PersonChange}, which names neither organisation nor id: the path alone decides those.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisation}/people")
@Tag(name = "People", description = "The people of an organisation, maintained by the organisation itself")
class PeopleWriteResource {

    private final PeopleManagement people;

    PeopleWriteResource(PeopleManagement people) {
        this.people = people;
    }

    record PersonRepresentation(String email, String name, String title, String organisation, long revision) {

        static PersonRepresentation of(Person p) {
            return new PersonRepresentation(p.getEmail(), p.getName(), p.getTitle(), p.getOrganisation().getKey(),
                    p.getVersion());
        }
    }

    @GetMapping
    @Operation(summary = "The organisation's people with their e-mail addresses (admin or the organisation's admin)")
    List<PersonRepresentation> list(@PathVariable String organisation) {
        return people.of(user(), organisation).stream().map(PersonRepresentation::of).toList();
    }

    @GetMapping("/{email}")
    @Operation(summary = "One person of the organisation, with the ETag a change must send as If-Match")
    ResponseEntity<PersonRepresentation> get(@PathVariable String organisation, @PathVariable String email) {
        var person = people.find(user(), organisation, email);
        return ResponseEntity.ok().eTag(ETags.of(person.getVersion())).body(PersonRepresentation.of(person));
    }

    @PostMapping
    @Operation(summary = "Add a person to the organisation: {\"email\", \"name\", \"title\"}; 409 when the e-mail is known")
    ResponseEntity<PersonRepresentation> add(@PathVariable String organisation, @RequestBody PersonChange change) {
        var person = people.add(user(), organisation, change);
        var location = URI.create("/api/v1/organisations/" + UriUtils.encodePathSegment(organisation, "UTF-8")
                + "/people/" + UriUtils.encodePathSegment(person.getEmail(), "UTF-8"));
        return ResponseEntity.created(location).eTag(ETags.of(person.getVersion())).body(PersonRepresentation.of(person));
    }

    @PutMapping("/{email}")
    @Operation(summary = "Change a person's name and title; send If-Match with the ETag you read (412 when stale)")
    ResponseEntity<PersonRepresentation> update(@PathVariable String organisation, @PathVariable String email,
            @RequestBody PersonChange change, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var person = people.update(user(), organisation, email, change, ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(person.getVersion())).body(PersonRepresentation.of(person));
    }

    @DeleteMapping("/{email}")
    @Operation(summary = "Remove a person and their participations; If-Match as for a change")
    ResponseEntity<Void> remove(@PathVariable String organisation, @PathVariable String email,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        people.remove(user(), organisation, email, ETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static SignedInUser user() {
        return SignedInUser.current()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first"));
    }
}
