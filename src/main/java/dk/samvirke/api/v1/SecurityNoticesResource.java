package dk.samvirke.api.v1;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.ProductRef;
import dk.samvirke.security.NoticeDirectory;
import dk.samvirke.security.NoticeRequest;
import dk.samvirke.security.NoticeView;
import dk.samvirke.security.OrganisationExposure;
import dk.samvirke.security.OsvDocument;
import dk.samvirke.security.SecurityNoticeManagement;
import dk.samvirke.security.SecurityNoticeManagement.StatusChange;
import dk.samvirke.shared.RecordNotFoundException;
import dk.samvirke.shared.SamvirkeProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Security notices (interfaces.md §10). Public answers carry the notice and counts only; which organisation
 * stands where goes to admins, the product's managers and (their own row) the organisations' admins.
 */
@RestController
@Tag(name = "Security notices")
class SecurityNoticesResource {

    private final NoticeDirectory directory;
    private final SecurityNoticeManagement management;
    private final SamvirkeProperties properties;

    SecurityNoticesResource(NoticeDirectory directory, SecurityNoticeManagement management, SamvirkeProperties properties) {
        this.directory = directory;
        this.management = management;
        this.properties = properties;
    }

    /**
     * A notice as anyone may read it (§10): {@code range} is the affected range, {@code affected},
     * {@code possiblyAffected} and {@code resolved} how many organisations stand there; no organisation.
     */
    record NoticeRepresentation(long id, ProductRef product, String title, String severity, String range, String fixed,
            List<String> aliases, String description, LocalDate published, LocalDateTime updated, int affected,
            int possiblyAffected, int resolved, String url, String osvUrl) {

        static NoticeRepresentation of(NoticeView n) {
            String self = "/api/v1/security-notices/" + n.id();
            return new NoticeRepresentation(n.id(), n.product(), n.title(), n.severity().code(), n.affected(), n.fixed(),
                    n.aliases(), n.description(), n.published(), n.updated(), n.affectedCount(),
                    n.possiblyAffectedCount(), n.resolvedCount(), self, self + "/osv.json");
        }
    }

    record Created(long id, int affected, int possiblyAffected, String url) {
    }

    record OrganisationStatus(String organisation, String name, String status, String version, LocalDate since,
            boolean setByUsage, String note, Long notice) {

        static OrganisationStatus of(OrganisationExposure e) {
            return new OrganisationStatus(e.organisation().key(), e.organisation().name(), e.status().code(), e.version(),
                    e.since(), e.setByUsage(), e.note(), e.notice());
        }
    }

    @PostMapping("/api/v1/products/{key}/security-notices")
    @Operation(summary = "Publish a security notice about the product's versions (its product managers and admins); "
            + "every organisation running an affected or unreadable version is told once by e-mail")
    ResponseEntity<Created> publish(@PathVariable String key, @RequestBody NoticeRequest request) {
        var published = management.publish(signedIn(), key, request);
        long id = published.notice().getId();
        return ResponseEntity.created(URI.create("/api/v1/security-notices/" + id))
                .eTag(ETags.of(published.notice().getVersion()))
                .body(new Created(id, published.affected(), published.possiblyAffected(), "/api/v1/security-notices/" + id));
    }

    @GetMapping("/api/v1/security-notices")
    @Operation(summary = "Security notices, newest first (public: the notice and counts only); ?product= for one product's")
    PageResponse<NoticeRepresentation> list(@RequestParam(required = false) String product,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var params = new PageRequestParams(page, size);
        return PageResponse.of(directory.page(product == null || product.isBlank() ? null : product, params.pageable()),
                NoticeRepresentation::of);
    }

    @GetMapping("/api/v1/security-notices/{id}")
    @Operation(summary = "One security notice (public: the notice and counts only); its ETag is what an edit sends as If-Match")
    ResponseEntity<NoticeRepresentation> one(@PathVariable long id) {
        var notice = find(id);
        return ResponseEntity.ok().eTag(ETags.of(notice.revision())).body(NoticeRepresentation.of(notice));
    }

    @PutMapping("/api/v1/security-notices/{id}")
    @Operation(summary = "Edit a security notice (the product's managers and admins); If-Match with its ETag → 412 when "
            + "changed meanwhile. A widened range tells the organisations it newly reaches")
    ResponseEntity<NoticeRepresentation> edit(@PathVariable long id, @RequestBody NoticeRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        var user = signedIn();
        management.edit(user, id, request, ETags.version(ifMatch));
        var notice = find(id);
        return ResponseEntity.ok().eTag(ETags.of(notice.revision())).body(NoticeRepresentation.of(notice));
    }

    @GetMapping("/api/v1/security-notices/{id}/organisations")
    @Operation(summary = "Every organisation concerned with its status, version and since when (admins and the product's "
            + "managers; an organisation's admins see their own organisation's row only)")
    List<OrganisationStatus> organisations(@PathVariable long id) {
        return directory.organisations(signedIn(), id).stream().map(OrganisationStatus::of).toList();
    }

    @PutMapping("/api/v1/security-notices/{id}/organisations/{org}")
    @Operation(summary = "Set the organisation's status for the notice: resolved or not-affected, with a note "
            + "(the organisation's admins and admins)")
    OrganisationStatus setStatus(@PathVariable long id, @PathVariable String org, @RequestBody StatusChange change) {
        var user = signedIn();
        management.setStatus(user, id, org, change);
        return directory.organisation(user, id, org).map(OrganisationStatus::of)
                .orElseThrow(() -> new NoticeNotFound(org));
    }

    @GetMapping(value = "/api/v1/security-notices/{id}/osv.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The security notice in the OSV format, schema 1.6 (public; no organisation)")
    Map<String, Object> osv(@PathVariable long id) {
        return OsvDocument.of(find(id), properties.baseUrl());
    }

    @GetMapping("/api/v1/products/{key}/security-exposure")
    @Operation(summary = "Who is still exposed: for each of the product's notices the organisations still affected or "
            + "possibly affected and since when (the product's managers and admins)")
    List<OrganisationStatus> exposure(@PathVariable String key) {
        return directory.stillExposed(signedIn(), key).stream().map(OrganisationStatus::of).toList();
    }

    private NoticeView find(long id) {
        return directory.find(id).orElseThrow(() -> new NoticeNotFound("security notice " + id));
    }

    private static SignedInUser signedIn() {
        return SignedInUser.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first"));
    }

    static class NoticeNotFound extends RecordNotFoundException {
        NoticeNotFound(String what) {
            super("No " + what);
        }
    }
}
