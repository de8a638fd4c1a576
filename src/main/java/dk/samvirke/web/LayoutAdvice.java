package dk.samvirke.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout needs on every page, whichever module's controller renders it. */
@ControllerAdvice
class LayoutAdvice {

    /** The language switch keeps the visitor's search and filters, so switching does not lose their place. */
    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
        return Languages.ALL.stream()
                .map(language -> new LanguageLink(language.getLanguage(), Languages.nameOf(language),
                        switchTo(request, language), language.getLanguage().equals(locale.getLanguage())))
                .toList();
    }

    private static String switchTo(HttpServletRequest request, Locale language) {
        try {
            return UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("lang", language.getLanguage())
                    .build(true).toUriString();
        } catch (IllegalArgumentException badlyEncodedQuery) {
            return request.getRequestURI() + "?lang=" + language.getLanguage();
        }
    }

    /** One entry of the language switch, named in its own language. */
    public record LanguageLink(String code, String name, String href, boolean current) {
    }
}
