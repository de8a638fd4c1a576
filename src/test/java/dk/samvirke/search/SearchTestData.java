package dk.samvirke.search;

import dk.samvirke.support.RegistryCleaner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** An empty registry and an empty index: the cleaner deletes rows behind Hibernate Search's back. */
final class SearchTestData {

    private SearchTestData() {
    }

    static void clean(ApplicationContext context) {
        RegistryCleaner.clean(context.getBean(JdbcTemplate.class));
        context.getBean(SearchIndexing.class).rebuild();
    }
}
