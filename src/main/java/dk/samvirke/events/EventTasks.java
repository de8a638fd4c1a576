package dk.samvirke.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events' db-scheduler task: in the database, so it runs on exactly one application node.
 * {@code samvirke.events.reminder-schedule} sets when the reminders go out (default daily at 08:00), and
 * {@code samvirke.events.reminder-days-before} how many days before the event (default 1).
 */
@Configuration(proxyBeanMethods = false)
class EventTasks {

    static final String REMINDERS = "event-reminders";

    @Bean
    RecurringTask<Void> eventRemindersTask(EventReminders reminders,
            @Value("${samvirke.events.reminder-schedule:DAILY|08:00}") String schedule) {
        return Tasks.recurring(REMINDERS, Schedules.parseSchedule(schedule))
                .execute((instance, context) -> reminders.sendReminders());
    }
}
