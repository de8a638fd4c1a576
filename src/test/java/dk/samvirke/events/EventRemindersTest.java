package dk.samvirke.events;

import static dk.samvirke.support.SignedIn.admin;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reminder the day before, through a real SMTP server: to the registered only, once, in their language. */
@IntegrationTest
class EventRemindersTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.start();

    static final SignedInUser ADMIN = SignedIn.user("sek@os2.eu", null, admin());

    @Autowired
    EventManagement events;
    @Autowired
    EventReminders reminders;
    @Autowired
    List<RecurringTask<?>> tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;

    @BeforeEach
    void clean() {
        RegistryCleaner.clean(jdbc);
    }

    @AfterEach
    void locale() {
        LocaleContextHolder.resetLocaleContext();
    }

    static EventRequest event(String key, LocalDateTime starts, int capacity) {
        return new EventRequest(key, "Møde " + key, "Meeting " + key, "meeting", starts.toString(),
                starts.plusHours(2).toString(), null, null, "Rådhuset", null, String.valueOf(capacity), null, null, List.of());
    }

    static SignedInUser member(String email) {
        return SignedIn.user(email, null, SignedIn.member());
    }

    @Test
    void theRegisteredAreRemindedOnceTheDayBefore() throws Exception {
        LocalDateTime tomorrow = LocalDate.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).plusDays(1).atTime(10, 0);
        events.create(ADMIN, event("tomorrow", tomorrow, 2));
        events.create(ADMIN, event("later", tomorrow.plusDays(3), 2));
        events.create(ADMIN, event("off", tomorrow.plusHours(2), 2));
        events.signUp(member("a@aarhus.dk"), "tomorrow", null);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        events.signUp(member("b@aarhus.dk"), "tomorrow", null);
        events.signUp(member("c@aarhus.dk"), "tomorrow", null); // waiting: no reminder
        LocaleContextHolder.resetLocaleContext();
        events.signUp(member("d@aarhus.dk"), "later", null);
        events.signUp(member("e@aarhus.dk"), "off", null);
        events.cancel(ADMIN, "off", null);
        MailServer.delivered(mail, jdbc);
        mail.purgeEmailFromAllMailboxes();

        assertThat(reminders.sendReminders()).isEqualTo(2);
        assertThat(reminders.sendReminders()).isZero();

        var mails = MailServer.delivered(mail, jdbc);
        assertThat(Arrays.stream(mails).map(EventSignUpTest::recipient)).containsExactlyInAnyOrder("a@aarhus.dk", "b@aarhus.dk");
        var danish = Arrays.stream(mails).filter(m -> EventSignUpTest.recipient(m).equals("a@aarhus.dk")).findFirst().orElseThrow();
        var english = Arrays.stream(mails).filter(m -> EventSignUpTest.recipient(m).equals("b@aarhus.dk")).findFirst().orElseThrow();
        assertThat(danish.getSubject()).isEqualTo("I morgen: Møde tomorrow");
        assertThat(EventSignUpTest.content(danish)).contains("du er tilmeldt »Møde tomorrow« i morgen", "Hvor: Rådhuset",
                "kl. 10:00", "http://localhost:8080/arrangementer/tomorrow");
        assertThat(english.getSubject()).isEqualTo("Tomorrow: Meeting tomorrow");
        assertThat(EventSignUpTest.content(english)).contains("Where: Rådhuset", "at 10:00");
    }

    @Test
    void theReminderIsATaskOfTheDatabaseSchedulerSoOneNodeRunsIt() {
        assertThat(tasks).anyMatch(t -> t.getName().equals(EventTasks.REMINDERS));
    }
}
