package dk.samvirke.web.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The page for a signed-in person who may not do what they asked. */
public final class Forbidden {

    private Forbidden() {
    }

    public static ModelAndView page() {
        var view = new ModelAndView("catalogue/forbidden");
        view.setStatus(HttpStatus.FORBIDDEN);
        return view;
    }
}
