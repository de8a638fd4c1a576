package dk.samvirke.events;

import static dk.samvirke.support.SignedIn.admin;
import static dk.samvirke.support.SignedIn.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.events.EventExceptions.EventConflictException;
import dk.samvirke.support.IntegrationTest;
import dk.samvirke.support.MailServer;
import dk.samvirke.support.RegistryCleaner;
import dk.samvirke.support.RegistryFixtures;
import dk.samvirke.support.SignedIn;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-up per interfaces.md §11: seats, the waiting list in order, promotion, deadlines, cancellation, mails. */
@IntegrationTest
class EventSignUpTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.start();

    static final SignedInUser ADMIN = SignedIn.user("sek@os2.eu", null, admin());

    @Autowired
    EventManagement events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryFixtures fixtures;

    @BeforeEach
    void clean() {
        RegistryCleaner.clean(jdbc);
        fixtures.municipality("aarhus", "Aarhus Kommune", "751", null);
    }

    @AfterEach
    void locale() {
        LocaleContextHolder.resetLocaleContext();
    }

    static EventRequest event(String key, Integer capacity, LocalDateTime starts, LocalDateTime closes) {
        return new EventRequest(key, "Temadag om " + key, null, "workshop", starts.toString(),
                starts.plusHours(3).toString(), null, null, "Aarhus Rådhus", null,
                capacity == null ? null : capacity.toString(), closes == null ? null : closes.toString(),
                "Vi *ses*.", List.of());
    }

    static SignedInUser member(int n) {
        return new SignedInUser(null, "m" + n + "@aarhus.dk", "Medlem " + n, "aarhus", java.util.Set.of(SignedIn.member()));
    }

    static LocalDateTime inDays(int days) {
        return LocalDateTime.now(dk.samvirke.shared.TimeConfiguration.COPENHAGEN).plusDays(days).withHour(10).withMinute(0).withSecond(0).withNano(0);
    }

    @Test
    void fiftySigningUpAtOnceForTenSeatsGiveTenRegisteredAndFortyWaitingInOrder() throws Exception {
        events.create(ADMIN, event("fifty", 10, inDays(30), null));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(50);
        List<Future<SignUp>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            var user = member(i);
            results.add(pool.submit((Callable<SignUp>) () -> {
                start.await();
                return events.signUp(user, "fifty", null);
            }));
        }
        start.countDown();
        List<SignUp> signUps = new ArrayList<>();
        for (var f : results) {
            signUps.add(f.get());
        }
        pool.shutdown();

        assertThat(signUps).filteredOn(s -> s.status() == RegistrationStatus.REGISTERED).hasSize(10)
                .allMatch(s -> s.position() == null);
        assertThat(signUps).filteredOn(s -> s.status() == RegistrationStatus.WAITING).extracting(SignUp::position)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(jdbc.queryForObject("select count(*) from event_registration where status = 'registered'", Integer.class))
                .isEqualTo(10);
        // positions follow the order of registration: the seated came before everyone waiting
        var list = events.registrationsOf(ADMIN, "fifty");
        var seatedLast = list.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .map(RegistrationView::registeredAt).max(LocalDateTime::compareTo).orElseThrow();
        var waiting = list.stream().filter(r -> r.status() == RegistrationStatus.WAITING).toList();
        assertThat(waiting).allMatch(r -> r.registeredAt().isAfter(seatedLast));
        assertThat(waiting).extracting(RegistrationView::position).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 40).boxed().toList());
        for (var w : waiting) {
            var own = signUps.stream().filter(s -> s.person().equals(w.email())).findFirst().orElseThrow();
            assertThat(own.position()).isEqualTo(w.position());
        }
    }

    @Test
    void cancellingPromotesTheFirstOnTheWaitingListAndTellsThemInTheirLanguage() throws Exception {
        events.create(ADMIN, event("two", 2, inDays(10), null));
        events.signUp(member(1), "two", null);
        events.signUp(member(2), "two", null);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        var third = events.signUp(member(3), "two", null);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
        var fourth = events.signUp(member(4), "two", null);
        assertThat(third.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(third.position()).isEqualTo(1);
        assertThat(fourth.position()).isEqualTo(2);

        events.withdraw(member(1), "two", null);

        assertThat(events.standingOf("two", "m3@aarhus.dk").orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);
        var fourthNow = events.standingOf("two", "m4@aarhus.dk").orElseThrow();
        assertThat(fourthNow.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(fourthNow.position()).isEqualTo(1);
        MimeMessage[] mails = MailServer.delivered(mail, jdbc);
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("m3@aarhus.dk");
        assertThat(mails[0].getSubject()).isEqualTo("You have a seat: Temadag om two");
        assertThat(content(mails[0])).contains("Hello Medlem 3", "http://localhost:8080/arrangementer/two");

        // the fourth is promoted (in Danish) when the second goes too
        events.withdraw(member(2), "two", null);
        mails = MailServer.delivered(mail, jdbc);
        assertThat(mails).hasSize(2);
        assertThat(mails[1].getSubject()).isEqualTo("Du har fået en plads: Temadag om two");
        assertThat(content(mails[1])).contains("Hej Medlem 4", "fra ventelisten");
    }

    @Test
    void theSamePersonAgainGetsTheRegistrationTheyHave() {
        events.create(ADMIN, event("again", 1, inDays(10), null));
        var first = events.signUp(member(1), "again", null);
        var again = events.signUp(member(1), "again", null);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(jdbc.queryForObject("select count(*) from event_registration", Integer.class)).isEqualTo(1);
    }

    @Test
    void noSignUpAfterTheDeadlineOrWhenCancelled() {
        events.create(ADMIN, event("closed", null, inDays(10), inDays(-1)));
        assertThatThrownBy(() -> events.signUp(member(1), "closed", null)).isInstanceOf(EventConflictException.class)
                .extracting(e -> ((EventConflictException) e).reason()).isEqualTo("signup-closed");

        events.create(ADMIN, event("past", null, inDays(-2), null));
        assertThatThrownBy(() -> events.signUp(member(1), "past", null)).isInstanceOf(EventConflictException.class);

        events.create(ADMIN, event("off", null, inDays(10), null));
        events.cancel(ADMIN, "off", null);
        assertThatThrownBy(() -> events.signUp(member(1), "off", null)).isInstanceOf(EventConflictException.class)
                .extracting(e -> ((EventConflictException) e).reason()).isEqualTo("cancelled");
        assertThat(jdbc.queryForObject("select count(*) from event_registration", Integer.class)).isZero();
    }

    @Test
    void cancellingTheEventTellsEveryoneSignedUp() throws Exception {
        events.create(ADMIN, event("gone", 1, inDays(10), null));
        events.signUp(member(1), "gone", null);
        events.signUp(member(2), "gone", null);
        events.signUp(member(3), "gone", null);
        events.withdraw(member(3), "gone", null);
        var cancelled = events.cancel(ADMIN, "gone", null);
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.getIcalSequence()).isEqualTo(1);

        var mails = MailServer.delivered(mail, jdbc);
        assertThat(Arrays.stream(mails).map(m -> recipient(m))).containsExactlyInAnyOrder("m1@aarhus.dk", "m2@aarhus.dk");
        assertThat(mails[0].getSubject()).isEqualTo("Aflyst: Temadag om gone");
    }

    @Test
    void anAdministratorSignsUpSomeoneElseAndNobodyElseMay() {
        fixtures.person("kim@aarhus.dk", "Kim", null);
        events.create(ADMIN, event("others", null, inDays(10), null));
        assertThat(events.signUp(ADMIN, "others", "KIM@aarhus.dk").person()).isEqualTo("kim@aarhus.dk");
        assertThatThrownBy(() -> events.signUp(member(1), "others", "kim@aarhus.dk"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> events.signUp(ADMIN, "others", "nobody@aarhus.dk"))
                .isInstanceOf(EventExceptions.InvalidEventException.class);
    }

    static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String content(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }
}
