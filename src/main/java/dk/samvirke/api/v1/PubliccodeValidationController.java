package dk.samvirke.api.v1;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import dk.samvirke.catalogue.publiccode.Finding;
import dk.samvirke.catalogue.publiccode.PubliccodeValidator;
import dk.samvirke.catalogue.publiccode.ValidationResult;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Validates a publiccode.yml sent as the raw request body. Always offline and without a base
 * folder: an uploaded text has no neighbouring files, so logo/screenshot files are not looked at.
 */
@RestController
@RequestMapping("/api/v1/publiccode")
@io.swagger.v3.oas.annotations.tags.Tag(name = "publiccode.yml")
public class PubliccodeValidationController {

    /** Same limit as the validator's: larger bodies are refused before they are read. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final PubliccodeValidator validator;

    public PubliccodeValidationController(PubliccodeValidator validator) {
        this.validator = validator;
    }

    public record FindingResponse(String key, String message, int line, int column) {
        static FindingResponse of(Finding f) {
            return new FindingResponse(f.key(), f.message(), f.line(), f.column());
        }
    }

    public record ValidationResponse(boolean valid, List<FindingResponse> errors, List<FindingResponse> warnings) {
        static ValidationResponse of(ValidationResult r) {
            return new ValidationResponse(r.valid(), r.errors().stream().map(FindingResponse::of).toList(),
                    r.warnings().stream().map(FindingResponse::of).toList());
        }
    }

    @PostMapping(path = "/validate",
            consumes = {"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE,
                    MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.Operation(summary = "Validate a publiccode.yml",
            description = "The file as the request body (at most 1 MiB), checked offline as the reference parser does:"
                    + " valid or not, with every error and warning by key, line and column. Anyone may ask.")
    public ResponseEntity<?> validate(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            return tooLarge();
        }
        return ResponseEntity.ok(ValidationResponse.of(validator.validate(body, null, false)));
    }

    private static ResponseEntity<ProblemDetail> tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "publiccode.yml files are limited to " + MAX_BODY_BYTES + " bytes");
        problem.setTitle("Request body too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
