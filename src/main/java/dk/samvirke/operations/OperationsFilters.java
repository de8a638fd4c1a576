package dk.samvirke.operations;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The filter that needs the database, registered here rather than as a component: web slice tests
 * ({@code @WebMvcTest}) pick up filter components, and have no database.
 */
@Configuration(proxyBeanMethods = false)
class OperationsFilters {

    /** After Spring Security (order -100), which tells whose key it is. */
    @Bean
    FilterRegistrationBean<IdempotencyKeys> idempotencyKeys(StoredAnswers answers) {
        var registration = new FilterRegistrationBean<>(new IdempotencyKeys(answers));
        registration.setOrder(0);
        return registration;
    }
}
