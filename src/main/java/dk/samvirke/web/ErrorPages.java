package dk.samvirke.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The error views: {@code error/404} for "not found", {@code error} for the rest (as Spring Boot names them). */
final class ErrorPages {

    private ErrorPages() {
    }

    static ModelAndView page(HttpStatus status) {
        var view = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404" : "error");
        view.setStatus(status);
        view.addObject("status", status.value());
        return view;
    }
}
