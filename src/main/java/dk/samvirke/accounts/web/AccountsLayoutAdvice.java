package dk.samvirke.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The layout's language switch for these pages, keeping the address's query (a reset link's token) so
 * switching language does not break the link. The web module's own advice covers only its pages.
 */
@ControllerAdvice(basePackageClasses = AccountsLayoutAdvice.class)
class AccountsLayoutAdvice {

    private static final List<Language> LANGUAGES = List.of(new Language("da", "Dansk"), new Language("en", "English"));

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
        return LANGUAGES.stream().map(l -> new LanguageLink(l.code(), l.name(), switchTo(request, l.code()),
                l.code().equals(locale.getLanguage()))).toList();
    }

    private static String switchTo(HttpServletRequest request, String language) {
        try {
            return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam("lang", language).build(true).toUriString();
        } catch (IllegalArgumentException badlyEncodedQuery) {
            return request.getRequestURI() + "?lang=" + language;
        }
    }

    private record Language(String code, String name) {
    }

    public record LanguageLink(String code, String name, String href, boolean current) {
    }
}
