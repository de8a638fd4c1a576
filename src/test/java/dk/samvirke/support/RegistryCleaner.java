package dk.samvirke.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the registry tables, children first, so each test starts from a known state. */
public final class RegistryCleaner {

    private static final String[] TABLES = {"security_notice_mailing", "security_notice_status", "security_notice",
        "harvest_job", "harvest_contribution", "harvest_release", "harvest_repository",
        "api_token", "account_link", "account_role", "totp_recovery_code", "account", "security_event", "audit_entry",
        "outgoing_mail", "event_publication", "idempotency_key",
        "governance_report_answer", "governance_report", "governance_requirement", "product_stage", "governance_fee", "product_budget", "participation", "governance_decision", "governance_body", "person", "product_usage", "product_field_source", "product_publiccode",
        "product_publiccode_conflict", "product_contact", "product_description",
        "product", "membership", "organisation"};

    private RegistryCleaner() {
    }

    /** The forum's rows, children first; the association-wide categories of the migration stay. */
    private static final String[] FORUM_TABLES = {"forum_notification", "forum_flag", "forum_like", "forum_post_revision",
        "forum_read", "forum_watch", "forum_tag", "forum_mail_preference", "forum_post", "forum_topic"};

    /** The events' rows (they refer to people and products). */
    private static final String[] EVENT_TABLES = {"event_registration", "event_organiser", "event_attachment", "event",
        "event_calendar_feed"};

    public static void clean(JdbcTemplate jdbc) {
        for (String table : EVENT_TABLES) {
            jdbc.update("delete from " + table);
        }
        for (String table : FORUM_TABLES) {
            jdbc.update("delete from " + table);
        }
        jdbc.update("delete from forum_category where product_id is not null");
        // queued harvests of the repositories about to go; the scheduler's own recurring tasks stay
        jdbc.update("delete from scheduled_tasks where task_name = 'harvest-repository'");
        jdbc.update("update organisation set region_id = null, successor_id = null");
        for (String table : TABLES) {
            jdbc.update("delete from " + table);
        }
    }
}
