package dk.samvirke.events;

import dk.samvirke.shared.TimeConfiguration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder mail before an event to everyone registered ({@code samvirke.events.reminder-days-before},
 * default 1: the day before). Each event is reminded once: its row is locked and marked in the transaction
 * that queues its mails, so two runs (two nodes, a retry) never send it twice.
 */
@Component
class EventReminders {

    private final JdbcClient jdbc;
    private final Events events;
    private final Registrations registrations;
    private final EventMail mail;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int daysBefore;

    EventReminders(JdbcClient jdbc, Events events, Registrations registrations, EventMail mail, Clock clock,
            PlatformTransactionManager transactions,
            @Value("${samvirke.events.reminder-days-before:1}") int daysBefore) {
        this.jdbc = jdbc;
        this.events = events;
        this.registrations = registrations;
        this.mail = mail;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.daysBefore = daysBefore;
    }

    /** Reminds everyone registered for the events that start {@code daysBefore} days from today; answers how many mails. */
    int sendReminders() {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.COPENHAGEN));
        LocalDate day = today.plusDays(daysBefore);
        List<Long> due = jdbc.sql("select id from event where cancelled = false and reminder_sent_at is null"
                        + " and starts >= :from and starts < :to order by starts, id")
                .param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query(Long.class).list();
        int sent = 0;
        for (long id : due) {
            Integer count = transaction.execute(status -> {
                Event event = events.findForChange(id).orElse(null);
                if (event == null || event.isCancelled() || event.getReminderSentAt() != null) {
                    return 0;
                }
                event.reminded(LocalDateTime.now(clock.withZone(TimeConfiguration.COPENHAGEN)));
                int n = 0;
                for (Registration r : registrations.ofEvent(event)) {
                    if (r.getStatus() == RegistrationStatus.REGISTERED) {
                        mail.reminder(r);
                        n++;
                    }
                }
                return n;
            });
            sent += count == null ? 0 : count;
        }
        return sent;
    }
}
