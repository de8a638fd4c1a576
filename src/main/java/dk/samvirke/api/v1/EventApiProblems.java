package dk.samvirke.api.v1;

import dk.samvirke.events.EventExceptions.EventConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The events' own refusal: 409 when sign-up is closed, the event cancelled, or its key taken. */
@RestControllerAdvice(assignableTypes = EventsResource.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventApiProblems {

    /** The forum's refusal of the event's thread (a field of its own rules). */
    @ExceptionHandler(dk.samvirke.forum.ForumRequestException.class)
    ProblemDetail forum(dk.samvirke.forum.ForumRequestException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.field() + ": " + e.getMessage());
        problem.setTitle("Invalid forum thread");
        return problem;
    }

    @ExceptionHandler(dk.samvirke.forum.PostingTooFastException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> tooFast(dk.samvirke.forum.PostingTooFastException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Posting too fast");
        return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(e.retryAfter().toSeconds())).body(problem);
    }

    @ExceptionHandler(EventConflictException.class)
    ProblemDetail conflict(EventConflictException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(switch (e.reason()) {
            case "signup-closed" -> "Sign-up closed";
            case "cancelled" -> "Event cancelled";
            case "exists" -> "Event exists";
            default -> "Conflict";
        });
        problem.setProperty("reason", e.reason());
        return problem;
    }
}
