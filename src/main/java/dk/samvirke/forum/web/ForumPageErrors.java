package dk.samvirke.forum.web;

import dk.samvirke.forum.ForumNotFoundException;
import dk.samvirke.forum.PostingTooFastException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The forum pages' "not found" and "too fast" as pages in the layout, like the rest of the site's. */
@ControllerAdvice(basePackageClasses = ForumPageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForumPageErrors {

    @ExceptionHandler(ForumNotFoundException.class)
    ModelAndView notFound() {
        var view = new ModelAndView("error/404");
        view.setStatus(HttpStatus.NOT_FOUND);
        view.addObject("status", 404);
        return view;
    }

    @ExceptionHandler(PostingTooFastException.class)
    ModelAndView tooFast(PostingTooFastException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
        var view = new ModelAndView("forum/too-fast");
        view.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        view.addObject("seconds", e.retryAfter().toSeconds());
        return view;
    }
}
