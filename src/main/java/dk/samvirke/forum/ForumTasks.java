package dk.samvirke.forum;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forum's db-scheduler task: in the database, so it runs on exactly one application node.
 * {@code samvirke.forum.digest-schedule} sets when the daily digests go out; the outbox retries mails.
 */
@Configuration(proxyBeanMethods = false)
class ForumTasks {

    static final String DIGEST = "forum-digest";

    @Bean
    RecurringTask<Void> forumDigestTask(ForumMailer mailer,
            @Value("${samvirke.forum.digest-schedule:DAILY|07:00}") String schedule) {
        return Tasks.recurring(DIGEST, Schedules.parseSchedule(schedule))
                .execute((instance, context) -> mailer.sendDigests());
    }
}
