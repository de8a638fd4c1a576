package dk.samvirke.api.v1;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns a malformed request into a problem detail that says which parameter was wrong and why,
 * instead of Spring's generic "Failed to convert" text.
 */
@RestControllerAdvice(basePackages = "dk.samvirke.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another form" : switch (e.getRequiredType().getSimpleName()) {
            case "LocalDate" -> "a date YYYY-MM-DD";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "boolean", "Boolean" -> "true or false";
            default -> "a " + e.getRequiredType().getSimpleName();
        };
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + e.getName() + "' must be " + expected + ", was '" + e.getValue() + "'");
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + e.getParameterName() + "' is required");
        problem.setTitle("Missing parameter");
        problem.setProperty("parameter", e.getParameterName());
        return problem;
    }
}
