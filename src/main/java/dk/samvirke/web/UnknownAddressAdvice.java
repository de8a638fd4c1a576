package dk.samvirke.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers to. A browser asking for a page gets the friendly 404 page in the layout;
 * everyone else, and anything under {@code /api/}, gets the same problem details as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddressAdvice {

    private final MessageSource messages;

    UnknownAddressAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object unknownAddress(NoResourceFoundException exception, HttpServletRequest request) {
        if (wantsPage(request)) {
            return ErrorPages.page(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.status(exception.getStatusCode()).headers(exception.getHeaders())
                .body(exception.updateAndGetBody(messages, request.getLocale()));
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return accept != null && accept.contains("text/html") && !path.startsWith("/api/");
    }
}
