package dk.samvirke.api.v1;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import dk.samvirke.accounts.AccountRequestException;
import dk.samvirke.accounts.AccountRequests.FieldProblem;
import dk.samvirke.catalogue.CatalogueExceptions;
import dk.samvirke.people.PeopleManagement;
import dk.samvirke.search.InvalidSearchException;
import dk.samvirke.shared.InvalidFieldsException;
import dk.samvirke.shared.InvalidParameterException;
import dk.samvirke.shared.RecordNotFoundException;
import dk.samvirke.shared.VersionConflictException;
import dk.samvirke.operations.BodyTooLargeException;
import dk.samvirke.operations.NulRefusingStrings;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

    /**
     * A body that is not what the endpoint reads: 413 when it outgrew the limit while being read (a chunked
     * body), else 400 saying where the JSON broke, without naming the server's classes.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        var tooLarge = BodyTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    BodyTooLargeException.detail(tooLarge.get().limit()));
            problem.setTitle("Request body too large");
            return problem;
        }
        String where = e.getCause() instanceof JacksonException json && json.getLocation() != null
                ? " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")" : "";
        boolean nul = e.getCause() instanceof JacksonException json && json.getOriginalMessage() != null
                && json.getOriginalMessage().contains(NulRefusingStrings.MESSAGE);
        String why = nul ? NulRefusingStrings.MESSAGE : "the request body is not the JSON this endpoint takes";
        String field = e.getCause() instanceof JacksonException json ? fieldOf(json) : "";
        if (!field.isEmpty()) {
            // A value of the wrong kind: name the field, so the sender knows what to change.
            String wrong = nul ? NulRefusingStrings.MESSAGE
                    : "must be " + (e.getCause() instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                            ? expectedKind(mismatch.getTargetType()) : "another kind of value");
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The field '" + field + "'" + (nul ? ": " : " ") + wrong + where);
            problem.setTitle("Unreadable request body");
            problem.setProperty("errors", java.util.List.of(new FieldProblem(field, wrong)));
            return problem;
        }
        if (e.getCause() == null && e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            why = "the request needs a JSON body";
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, why + where);
        problem.setTitle("Unreadable request body");
        return problem;
    }

    /** The JSON path of the value Jackson could not read, as {@code watching} or {@code roles[0].role}; empty at the top. */
    static String fieldOf(JacksonException json) {
        var path = new StringBuilder();
        for (var reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectedKind(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        return switch (type.getSimpleName()) {
            case "boolean", "Boolean" -> "true or false";
            case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
            case "double", "Double", "float", "Float", "BigDecimal" -> "a number";
            case "String" -> "a text";
            case "LocalDate" -> "a date YYYY-MM-DD";
            case "Instant", "OffsetDateTime", "LocalDateTime" -> "a date and time (ISO 8601)";
            default -> type.isEnum() ? "one of the values the API documents for it"
                    : java.util.Collection.class.isAssignableFrom(type) ? "a list" : "an object";
        };
    }

    @ExceptionHandler(AccountRequestException.class)
    ProblemDetail accountRequest(AccountRequestException e) {
        var status = e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        var problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(e.isConflict() ? "Account exists" : "Invalid account request");
        problem.setProperty("errors", e.problems());
        return problem;
    }




    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ProblemDetail invalidFields(InvalidFieldsException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The " + e.what() + " has invalid fields");
        problem.setTitle("Invalid " + e.what());
        problem.setProperty("errors", e.problems().entrySet().stream()
                .map(p -> new FieldProblem(p.getKey(), p.getValue())).toList());
        return problem;
    }

    /** If-Match (or a form's version) named a version that is no longer current: nothing was overwritten. */
    @ExceptionHandler(VersionConflictException.class)
    ProblemDetail versionConflict(VersionConflictException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage()
                + "; read it again and reapply your change");
        problem.setTitle("Changed meanwhile");
        problem.setProperty("currentRevision", e.currentVersion());
        return problem;
    }

    /** Two writes raced and the database's version check caught the second: nothing was overwritten. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail lostUpdate(ObjectOptimisticLockingFailureException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The record was changed by someone else at the same time; read it again and reapply your change");
        problem.setTitle("Concurrent change");
        return problem;
    }




    /** The validator's own findings, as {@code POST /api/v1/publiccode/validate} words them. */
    @ExceptionHandler(CatalogueExceptions.InvalidPubliccodeException.class)
    ProblemDetail invalidPubliccode(CatalogueExceptions.InvalidPubliccodeException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The publiccode.yml is not valid; the product is unchanged");
        problem.setTitle("Invalid publiccode.yml");
        problem.setProperty("errors", e.errors().stream()
                .map(f -> new PubliccodeError(f.key(), f.message(), f.line())).toList());
        return problem;
    }

    record PubliccodeError(String key, String message, int line) {
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + e.getParameterName() + "' is required");
        problem.setTitle("Missing parameter");
        problem.setProperty("parameter", e.getParameterName());
        return problem;
    }



    @ExceptionHandler(PeopleManagement.PersonExistsException.class)
    ProblemDetail personExists(PeopleManagement.PersonExistsException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Person exists");
        return problem;
    }


    /** A query parameter out of its range (a date before 1900, a series too long). */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(InvalidSearchException.class)
    ProblemDetail invalidSearch(InvalidSearchException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid search");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }
}
