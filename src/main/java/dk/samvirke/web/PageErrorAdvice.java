package dk.samvirke.web;

import dk.samvirke.operations.DatabaseFailures;
import dk.samvirke.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the page controllers become friendly pages in the layout, never a stack trace. Only the
 * controllers of this package are covered (the API answers with problem details of its own), and it
 * runs before the application-wide problem-details handler, which would otherwise answer a browser
 * with JSON.
 */
@ControllerAdvice(basePackageClasses = PageErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    @ExceptionHandler({PageNotFoundException.class, RecordNotFoundException.class})
    ModelAndView notFound() {
        return ErrorPages.page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            BindException.class, HandlerMethodValidationException.class})
    ModelAndView badRequest() {
        return ErrorPages.page(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed() {
        return ErrorPages.page(HttpStatus.METHOD_NOT_ALLOWED);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Void> notAcceptable() {
        // The client accepts nothing we can send, a page included: a bare status is the honest answer.
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    /**
     * Not ours to answer: Spring Security turns these into a sign-in redirect or a 403, which the
     * catch-all below would otherwise hide behind a 500 page.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException exception) {
        throw exception;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failure(Exception exception) throws Exception {
        var database = DatabaseFailures.kindOf(exception);
        if (database.isPresent()) {
            return switch (database.get()) {
                case UNAVAILABLE -> throw exception; // the operations module's friendly 503, which needs no database
                case CONFLICT -> ErrorPages.page(HttpStatus.CONFLICT);
                case INVALID_DATA -> ErrorPages.page(HttpStatus.BAD_REQUEST);
            };
        }
        log.error("A page failed", exception);
        return ErrorPages.page(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
