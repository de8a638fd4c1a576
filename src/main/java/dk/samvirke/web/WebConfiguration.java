package dk.samvirke.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Danish first: a visitor reads Danish until they choose English with {@code ?lang=en}, which a cookie remembers. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

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
