package dk.samvirke.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the registry tables, children first, so each test starts from a known state. */
public final class RegistryCleaner {

    private static final String[] TABLES = {"harvest_job", "harvest_contribution", "harvest_release", "harvest_repository",
        "api_token", "account_link", "account_role", "account", "audit_entry",
        "participation", "person", "product_usage", "product_field_source", "product_contact", "product_description",
        "product", "organisation"};

    private RegistryCleaner() {
    }

    public static void clean(JdbcTemplate jdbc) {
        // queued harvests of the repositories about to go; the scheduler's own recurring tasks stay
        jdbc.update("delete from scheduled_tasks where task_name = 'harvest-repository'");
        jdbc.update("update organisation set region_id = null");
        for (String table : TABLES) {
            jdbc.update("delete from " + table);
        }
    }
}
