package dk.samvirke.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's messages ({@code spring.messages.*}) through {@link IcuMessageSource}. */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename:messages}") String basename,
            @Value("${spring.messages.encoding:UTF-8}") String encoding,
            @Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
        var source = new IcuMessageSource();
        source.setBasenames(basename.split("\\s*,\\s*"));
        source.setDefaultEncoding(encoding);
        source.setFallbackToSystemLocale(fallbackToSystemLocale);
        return source;
    }
}
