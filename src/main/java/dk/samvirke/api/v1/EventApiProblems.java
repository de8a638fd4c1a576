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
