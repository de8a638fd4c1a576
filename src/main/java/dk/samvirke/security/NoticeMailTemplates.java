package dk.samvirke.security;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * The notices' e-mails are Thymeleaf text templates ({@code templates/security/mail/*.txt}) with the texts from the
 * message bundles: this resolver, added to the application's template engine beside the pages' own, resolves those
 * and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class NoticeMailTemplates {

    @Bean
    ITemplateResolver securityMailTemplateResolver() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("security/mail/*"));
        resolver.setCheckExistence(true);
        resolver.setOrder(0);
        return resolver;
    }
}
