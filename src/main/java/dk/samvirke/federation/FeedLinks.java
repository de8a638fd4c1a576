package dk.samvirke.federation;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The feeds of the page being rendered, for the layout: a {@code <link rel="alternate">} in its head
 * and a visible subscribe link. Whichever module's controller renders the page, the sources decide.
 * Asked by the template as it renders ({@code @feedLinks.current(#locale)}), not as a model attribute of
 * every request: API answers and health checks never ask the sources anything.
 */
@Component("feedLinks")
public class FeedLinks {

    private final List<FeedSource> sources;

    FeedLinks(List<FeedSource> sources) {
        this.sources = sources;
    }

    public List<FeedLink> current(Locale locale) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return List.of();
        }
        var request = attributes.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return sources.stream().flatMap(s -> s.linksFor(path, locale).stream()).toList();
    }
}
