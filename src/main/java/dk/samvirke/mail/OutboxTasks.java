package dk.samvirke.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The outbox's schedule, on db-scheduler so that one node at a time does it: every
 * {@code samvirke.mail.retry-interval} the mails not yet sent are tried again; completed publications and
 * sent mails are forgotten after {@code samvirke.mail.keep-sent}.
 */
@Configuration(proxyBeanMethods = false)
class OutboxTasks {

    static final String RETRY = "mail-outbox-retry";

    @Bean
    RecurringTask<Void> mailOutboxRetryTask(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            OutgoingMails mails, @Value("${samvirke.mail.retry-interval:1m}") Duration interval,
            @Value("${samvirke.mail.keep-sent:30d}") Duration keepSent) {
        return Tasks.recurring(RETRY, Schedules.fixedDelay(interval)).execute((instance, context) -> {
            incomplete.resubmitIncompletePublicationsOlderThan(interval);
            completed.deletePublicationsOlderThan(keepSent);
            mails.forgetSentBefore(keepSent);
        });
    }
}
