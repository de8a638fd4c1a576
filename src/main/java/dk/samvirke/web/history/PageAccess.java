package dk.samvirke.web.history;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answers of a page that the visitor may not use. Returned, not thrown: the pages' error advice
 * turns any exception into a 500 page, and an access-denied exception must not become one.
 */
public final class PageAccess {

    private PageAccess() {
    }

    /** Anonymous visitors are sent to sign in, as Spring Security does for {@code /admin/**}. */
    public static ModelAndView signIn() {
        return new ModelAndView("redirect:/login");
    }

    public static ModelAndView forbidden() {
        var view = new ModelAndView("error");
        view.setStatus(HttpStatus.FORBIDDEN);
        view.addObject("status", HttpStatus.FORBIDDEN.value());
        return view;
    }

    public static ModelAndView notFound() {
        var view = new ModelAndView("error/404");
        view.setStatus(HttpStatus.NOT_FOUND);
        view.addObject("status", HttpStatus.NOT_FOUND.value());
        return view;
    }
}
