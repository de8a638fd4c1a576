package dk.samvirke.web;

import dk.samvirke.accounts.AccountLanguages;
import dk.samvirke.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Danish first: a visitor reads Danish until they choose English with {@code ?lang=en}, which a cookie remembers;
 * signed in, their account remembers it too, for the mail they get ({@link AccountLanguages}).
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<AccountLanguages> accountLanguages;

    /** A provider: slices of the web layer run without the accounts module's services. */
    WebConfiguration(ObjectProvider<AccountLanguages> accountLanguages) {
        this.accountLanguages = accountLanguages;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("samvirke-lang");
        resolver.setDefaultLocale(Languages.DANISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLanguageChangeInterceptor()).excludePathPatterns("/api/**");
        accountLanguages.ifAvailable(languages ->
                registry.addInterceptor(new RememberedLanguage(languages)).excludePathPatterns("/api/**"));
    }

    /** After the change above: a signed-in person's choice is remembered by their account. */
    record RememberedLanguage(AccountLanguages languages) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (request.getParameter("lang") != null) {
                SignedInUser.current().ifPresent(user ->
                        languages.remember(user.email(), RequestContextUtils.getLocale(request)));
            }
            return true;
        }
    }

    /** Only the languages the message bundles hold; anything else falls back to Danish. */
    static class SupportedLanguageChangeInterceptor extends LocaleChangeInterceptor {

        SupportedLanguageChangeInterceptor() {
            setParamName("lang");
            setIgnoreInvalidLocale(true);
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return Languages.supported(value);
        }
    }
}
