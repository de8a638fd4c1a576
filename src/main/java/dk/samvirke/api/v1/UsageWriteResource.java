package dk.samvirke.api.v1;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.usage.Usage;
import dk.samvirke.usage.UsageChange;
import dk.samvirke.usage.UsageManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/organisations/{organisation}/usages")
@Tag(name = "Usage", description = "Which organisation uses which product, maintained by the organisation itself")
class UsageWriteResource {

    private final UsageManagement usages;

    UsageWriteResource(UsageManagement usages) {
        this.usages = usages;
    }

    record UsageRepresentation(String organisation, String product, String status, String version, LocalDate since,
            LocalDate until, String contactEmail, long revision) {

        static UsageRepresentation of(Usage u) {
            return new UsageRepresentation(u.getOrganisation().getKey(), u.getProduct().getKey(), u.getStatus().code(),
                    u.getProductVersion(), u.getSince(), u.getUntil(), u.getContactEmail(), u.getVersion());
        }
    }

    @PutMapping("/{product}")
    @Operation(summary = "Record or change the organisation's use of a product (admin or the organisation's admin). "
            + "Send If-Match with the ETag you read to be told (412) when someone else changed it meanwhile.")
    ResponseEntity<UsageRepresentation> put(@PathVariable String organisation, @PathVariable String product,
            @RequestBody UsageChange change, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var user = SignedInUser.current()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first"));
        var saved = usages.save(user, organisation, product, change, ETags.version(ifMatch));
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ETags.of(saved.usage().getVersion()))
                .body(UsageRepresentation.of(saved.usage()));
    }
}
