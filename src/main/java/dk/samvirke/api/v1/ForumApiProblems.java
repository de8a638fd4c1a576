package dk.samvirke.api.v1;

import dk.samvirke.forum.ForumNotFoundException;
import dk.samvirke.forum.ForumRequestException;
import dk.samvirke.forum.PostingTooFastException;
import dk.samvirke.accounts.AccountRequests.FieldProblem;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The forum's refusals as problem details: 404, 422 with the field, 429 with Retry-After. */
@RestControllerAdvice(assignableTypes = ForumResource.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForumApiProblems {

    @ExceptionHandler(ForumNotFoundException.class)
    ProblemDetail notFound(ForumNotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such " + e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(ForumRequestException.class)
    ProblemDetail invalid(ForumRequestException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.field() + ": " + e.getMessage());
        problem.setTitle("Invalid forum request");
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler(PostingTooFastException.class)
    ResponseEntity<ProblemDetail> tooFast(PostingTooFastException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Posting too fast");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(problem);
    }
}
