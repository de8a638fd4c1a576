package dk.samvirke.api.v1;

import dk.samvirke.operations.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last word on an API failure that nothing more specific answered: always problem details, never a
 * stack trace or a database message. After Spring's own problem-details handler (which knows the MVC
 * exceptions); the database's verdicts become 503, 409 or 422, anything else a bare 500.
 */
@RestControllerAdvice(basePackages = "dk.samvirke.api")
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFailures {

    private static final Logger log = LoggerFactory.getLogger(ApiFailures.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failure(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // Spring Security answers these: 401 or 403
        }
        if (e instanceof ErrorResponse known) {
            return ResponseEntity.status(known.getStatusCode()).headers(known.getHeaders()).body(known.getBody());
        }
        var kind = DatabaseFailures.kindOf(e);
        if (kind.isPresent()) {
            return switch (kind.get()) {
                case UNAVAILABLE -> {
                    log.warn("The database is unavailable: {}", e.getMessage());
                    yield ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                            .header("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS))
                            .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                                    "The database cannot be reached just now; try again in a moment"));
                }
                case CONFLICT -> ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT,
                        "Conflict", "The record was created or changed by another request at the same time;"
                                + " read it again"));
                case INVALID_DATA -> ResponseEntity.unprocessableEntity().body(problem(HttpStatus.UNPROCESSABLE_CONTENT,
                        "Invalid data", "The database refused a value of this request (too long, out of range or"
                                + " holding a character it cannot store); nothing was written"));
            };
        }
        log.error("An API request failed", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed; the failure is logged"));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
