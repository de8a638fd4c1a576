package dk.samvirke.api.v1;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.events.EventAttachments;
import dk.samvirke.events.EventAttachments.Attachment;
import dk.samvirke.events.EventExceptions.EventNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The files attached to an event: listed and downloaded by anyone, attached and removed by its organisers. */
@RestController
@Tag(name = "Events")
class EventAttachmentsResource {

    record AttachmentRepresentation(long id, String fileName, String contentType, long size, LocalDateTime uploadedAt,
            String url) {

        static AttachmentRepresentation of(String eventKey, Attachment a) {
            return new AttachmentRepresentation(a.id(), a.fileName(), a.contentType(), a.size(), a.uploadedAt(),
                    "/api/v1/events/" + eventKey + "/attachments/" + a.id());
        }
    }

    private final EventAttachments attachments;

    EventAttachmentsResource(EventAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/api/v1/events/{key}/attachments")
    @Operation(summary = "The files attached to an event (public)")
    List<AttachmentRepresentation> list(@PathVariable String key) {
        return attachments.of(key).stream().map(a -> AttachmentRepresentation.of(key, a)).toList();
    }

    @PostMapping(value = "/api/v1/events/{key}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file to an event (its organisers): multipart field 'file'; PDF, images, text and "
            + "office documents up to 10 MB, at most 30 per event; 422 naming 'file' otherwise")
    ResponseEntity<AttachmentRepresentation> add(@PathVariable String key, @RequestParam("file") MultipartFile file)
            throws IOException {
        var added = AttachmentRepresentation.of(key, attachments.add(user(), key, file.getOriginalFilename(),
                file.getBytes()));
        return ResponseEntity.created(URI.create(added.url())).body(added);
    }

    @GetMapping("/api/v1/events/{key}/attachments/{id}")
    @Operation(summary = "Download an attached file (public), always as a download")
    ResponseEntity<byte[]> download(@PathVariable String key, @PathVariable long id) {
        var file = attachments.file(key, id)
                .orElseThrow(() -> new EventNotFoundException("No file " + id + " is attached to event '" + key + "'"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @DeleteMapping("/api/v1/events/{key}/attachments/{id}")
    @Operation(summary = "Remove an attached file (the event's organisers)")
    ResponseEntity<Void> remove(@PathVariable String key, @PathVariable long id) {
        attachments.remove(user(), key, id);
        return ResponseEntity.noContent().build();
    }

    private static SignedInUser user() {
        return SignedInUser.current()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first"));
    }
}
