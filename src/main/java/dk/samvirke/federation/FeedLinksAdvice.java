package dk.samvirke.federation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The feeds of the page being rendered, for the layout: a {@code <link rel="alternate">} in its head
 * and a visible subscribe link. Whichever module's controller renders the page, the sources decide.
 */
@ControllerAdvice
class FeedLinksAdvice {

    private final List<FeedSource> sources;

    FeedLinksAdvice(List<FeedSource> sources) {
        this.sources = sources;
    }

    @ModelAttribute("feedLinks")
    List<FeedLink> feedLinks(HttpServletRequest request, Locale locale) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return sources.stream().flatMap(s -> s.linksFor(path, locale).stream()).toList();
    }
}
