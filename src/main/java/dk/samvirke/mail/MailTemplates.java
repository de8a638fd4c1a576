package dk.samvirke.mail;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Every module's e-mails are Thymeleaf text templates ({@code templates/<module>/mail/*.txt}) with the texts from the
 * message bundles, rendered by the application's template engine once per language: this resolver, beside the pages'
 * own, resolves those and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class MailTemplates {

    @Bean
    ITemplateResolver mailTemplateResolver() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("*/mail/*"));
        resolver.setCheckExistence(true);
        resolver.setOrder(0);
        return resolver;
    }
}
