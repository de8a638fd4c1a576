package dk.samvirke.security;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminders to organisations still exposed 7 and 30 days after they were told: a db-scheduler task, in the
 * database, so it runs on exactly one application node. {@code samvirke.security.reminder-schedule} sets when.
 */
@Configuration(proxyBeanMethods = false)
class SecurityNoticeTasks {

    static final String REMINDERS = "security-notice-reminders";

    @Bean
    RecurringTask<Void> securityNoticeReminderTask(SecurityNoticeManagement management,
            @Value("${samvirke.security.reminder-schedule:DAILY|08:00}") String schedule) {
        return Tasks.recurring(REMINDERS, Schedules.parseSchedule(schedule))
                .execute((instance, context) -> management.sendReminders());
    }
}
