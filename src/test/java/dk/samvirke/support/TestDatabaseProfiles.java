package dk.samvirke.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database the suite runs against from the system property {@code samvirke.test.database}
 * (set by Maven: {@code h2} by default, {@code postgres} with {@code -Ppostgres}).
 */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return "postgres".equals(System.getProperty("samvirke.test.database"))
                ? new String[] {"test", "postgres"}
                : new String[] {"test"};
    }
}
