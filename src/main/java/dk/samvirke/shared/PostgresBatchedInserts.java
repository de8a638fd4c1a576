package dk.samvirke.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL's driver sends a JDBC batch of inserts as one statement per row unless told to rewrite it into
 * multi-row inserts ({@code reWriteBatchedInserts}): with it a batch of 100 is one round trip, which is most of an
 * import's writing. Only for PostgreSQL URLs: H2 refuses settings it does not know.
 */
@Configuration(proxyBeanMethods = false)
class PostgresBatchedInserts {

    static final String PROPERTY = "reWriteBatchedInserts";

    /** Before the pool starts (it starts on the first connection), so every connection gets it. */
    @Bean
    static BeanPostProcessor batchedInsertsOnPostgres() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari && isPostgres(hikari.getJdbcUrl())
                        && !hikari.getDataSourceProperties().containsKey(PROPERTY)) {
                    hikari.addDataSourceProperty(PROPERTY, "true");
                }
                return bean;
            }
        };
    }

    static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
