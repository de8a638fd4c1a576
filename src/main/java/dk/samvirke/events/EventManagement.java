package dk.samvirke.events;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.events.EventExceptions.EventConflictException;
import dk.samvirke.events.EventExceptions.EventNotFoundException;
import dk.samvirke.events.EventExceptions.EventVersionConflictException;
import dk.samvirke.events.EventExceptions.InvalidEventException;
import dk.samvirke.forum.ForumManagement;
import dk.samvirke.forum.ForumRequests;
import dk.samvirke.organisations.Organisations;
import dk.samvirke.people.People;
import dk.samvirke.people.Person;
import dk.samvirke.people.PersonDetails;
import dk.samvirke.shared.FieldCheck;
import dk.samvirke.shared.TimeConfiguration;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and cancels events, and signs people up and off (interfaces.md §11). Every change of who
 * holds a seat locks the event's row first ({@link Events#findForChange}), so sign-ups and cancellations of
 * one event take turns: never more registered than seats, and the waiting list in the order people came.
 */
@Service
public class EventManagement {

    static final List<RegistrationStatus> SEATED = List.of(RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED,
            RegistrationStatus.ABSENT);

    private final Events events;
    private final Registrations registrations;
    private final Products products;
    private final People people;
    private final Organisations organisations;
    private final EventPolicy policy;
    private final EventMail mail;
    private final Clock clock;
    private final ForumManagement forum;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final SeatTurns turns;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    EventManagement(Events events, Registrations registrations, Products products, People people,
            Organisations organisations, EventPolicy policy, EventMail mail, Clock clock, ForumManagement forum,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, SeatTurns turns,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.forum = forum;
        this.jdbc = jdbc;
        this.turns = turns;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.events = events;
        this.registrations = registrations;
        this.products = products;
        this.people = people;
        this.organisations = organisations;
        this.policy = policy;
        this.mail = mail;
        this.clock = clock;
    }

    /** Now, as a local date-time in Copenhagen (the events' times are). */
    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(TimeConfiguration.COPENHAGEN)).truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional
    public Event create(SignedInUser user, EventRequest request) {
        requireSignedIn(user);
        // Who may is decided before the fields are checked, where the product and body named exist: someone who may
        // not create the event learns 403, not what is wrong with its fields. A key that names nothing is left to the
        // checks (422 naming it: products and bodies are public). The check after them decides again, on the fields
        // as the rules read them.
        String namedProduct = stripped(request.product());
        String namedBody = stripped(request.body());
        boolean named = (namedProduct == null || products.findByKey(namedProduct).isPresent())
                && (namedBody == null || policy.bodies().flatMap(b -> b.body(namedBody)).isPresent());
        if (named && !policy.mayManage(user, withBodyProduct(namedProduct, namedBody), namedBody)) {
            throw new AccessDeniedException("Only administrators, the product's managers and the body's organisers "
                    + "may create this event");
        }
        var check = new FieldCheck();
        String key = EventRules.key(request.key(), check);
        var details = EventRules.check(request, check);
        var product = references(details, check);
        check.orThrow(InvalidEventException::new);
        details = withBodyProduct(details);
        if (!policy.mayManage(user, details.product(), details.body())) {
            throw new AccessDeniedException("Only administrators, the product's managers and the body's organisers "
                    + "may create this event");
        }
        if (events.findByKey(key).isPresent()) {
            throw new EventConflictException("exists", "An event with key '" + key + "' exists already");
        }
        try {
            return events.saveAndFlush(new Event(key, details, product));
        } catch (DataIntegrityViolationException e) {
            throw new EventConflictException("exists", "An event with key '" + key + "' exists already");
        }
    }

    /** Changes the event; {@code expectedVersion} (If-Match), when given, must be its current version. */
    @Transactional
    public Event update(SignedInUser user, String key, EventRequest request, Long expectedVersion) {
        requireSignedIn(user);
        Event event = events.findForChange(key).orElseThrow(() -> notFound(key));
        if (!policy.mayManage(user, event)) {
            throw new AccessDeniedException("Only administrators, the product's managers and the body's organisers "
                    + "may change this event");
        }
        if (expectedVersion != null && expectedVersion != event.getVersion()) {
            throw new EventVersionConflictException(event.getVersion());
        }
        var check = new FieldCheck();
        if (request.key() != null && !request.key().isBlank() && !request.key().strip().equals(key)) {
            check.problem("key", "an event's key never changes");
        }
        var details = EventRules.check(request, check);
        var product = references(details, check);
        check.orThrow(InvalidEventException::new);
        details = withBodyProduct(details);
        if (!policy.mayManage(user, details.product(), details.body())) {
            throw new AccessDeniedException("You may not move the event to that product or body");
        }
        if (!details.equals(event.details())) {
            event.apply(details, product);
            event.changed();
            fillSeats(event);
        }
        return events.saveAndFlush(event);
    }

    /** Cancels the event and tells everyone registered or waiting. */
    @Transactional
    public Event cancel(SignedInUser user, String key, Long expectedVersion) {
        requireSignedIn(user);
        Event event = events.findForChange(key).orElseThrow(() -> notFound(key));
        if (!policy.mayManage(user, event)) {
            throw new AccessDeniedException("Only administrators, the product's managers and the body's organisers "
                    + "may cancel this event");
        }
        if (expectedVersion != null && expectedVersion != event.getVersion()) {
            throw new EventVersionConflictException(event.getVersion());
        }
        if (!event.isCancelled()) {
            event.cancel();
            for (Registration r : registrations.ofEvent(event)) {
                if (r.getStatus() == RegistrationStatus.REGISTERED || r.getStatus() == RegistrationStatus.WAITING) {
                    mail.cancelled(r);
                }
            }
        }
        return events.saveAndFlush(event);
    }

    /** Materials and minutes after the event (Markdown), by its organisers. */
    @Transactional
    public Event afterwards(SignedInUser user, String key, String materials, String minutes, Long expectedVersion) {
        requireSignedIn(user);
        Event event = events.findForChange(key).orElseThrow(() -> notFound(key));
        if (!policy.mayOrganise(user, event)) {
            throw new AccessDeniedException("Only the event's organisers may write its materials and minutes");
        }
        if (expectedVersion != null && expectedVersion != event.getVersion()) {
            throw new EventVersionConflictException(event.getVersion());
        }
        var check = new FieldCheck();
        String m = EventRules.markdown("materials", materials, check);
        String n = EventRules.markdown("minutes", minutes, check);
        check.orThrow(InvalidEventException::new);
        event.setAfterwards(m, n);
        return events.saveAndFlush(event);
    }

    /**
     * The event's thread in the forum, started by an organiser through the forum's own API (in the product's
     * category for a product's event, else in the general one); the one it has, if it has one. Answers its id.
     */
    @Transactional
    public long startForumTopic(SignedInUser user, String key) {
        requireSignedIn(user);
        Event event = events.findForChange(key).orElseThrow(() -> notFound(key));
        if (!policy.mayOrganise(user, event)) {
            throw new AccessDeniedException("Only the event's organisers may start its forum thread");
        }
        if (event.getForumTopicId() != null) {
            return event.getForumTopicId();
        }
        String title = event.getTitle().length() > 200 ? event.getTitle().substring(0, 200) : event.getTitle();
        String category = event.getProductKey() == null ? "general" : "product:" + event.getProductKey();
        String body = "Tråd om arrangementet [" + event.getTitle().replace("]", "\\]") + "](" + mail.link(event.getKey())
                + ") " + event.getStarts().toLocalDate() + ".\n\nThread about the event.";
        var started = forum.startTopic(user, new ForumRequests.NewTopic(category, "discussion", title, body, List.of()));
        event.setForumTopicId(started.topicId());
        return started.topicId();
    }

    /**
     * Signs {@code email} (the user's own address unless an administrator names another) up: registered
     * while there are seats, else on the waiting list. The same person again gets the registration they have.
     */
    public SignUp signUp(SignedInUser user, String key, String email) {
        return turns.inTurn(key, () -> transaction.execute(status -> signUpInTurn(user, key, email)));
    }

    private SignUp signUpInTurn(SignedInUser user, String key, String email) {
        requireSignedIn(user);
        String address = forWhom(user, email);
        if (!events.existsByKey(key)) {
            throw notFound(key);
        }
        // Before the lock, so that the lock is held for as short a time as can be: who the person is.
        Person person = person(user, address);
        Event event = events.findForChange(key).orElseThrow(() -> notFound(key));
        var existing = registrations.find(event, person);
        if (existing.isPresent() && existing.get().getStatus() != RegistrationStatus.CANCELLED) {
            return standing(existing.get(), false);
        }
        LocalDateTime now = now();
        if (event.isCancelled()) {
            throw new EventConflictException("cancelled", "The event is cancelled");
        }
        if (!now.isBefore(event.signupDeadline())) {
            throw new EventConflictException("signup-closed", "Sign-up closed at " + event.signupDeadline());
        }
        // One query for the seats taken and the latest registration; the row is locked, so both hold until commit.
        var seats = jdbc.sql("select count(case when status in ('registered', 'attended', 'absent') then 1 end),"
                        + " max(registered_at) from event_registration where event_id = :event")
                .param("event", event.getId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getTimestamp(2)}).single();
        long seated = (Long) seats[0];
        LocalDateTime latest = seats[1] == null ? null : ((java.sql.Timestamp) seats[1]).toLocalDateTime();
        // Strictly later than everyone before: the waiting list's order is the order of turns.
        LocalDateTime at = latest != null && !now.isAfter(latest) ? latest.plus(1, ChronoUnit.MICROS) : now;
        var status = event.getCapacity() == null || seated < event.getCapacity() ? RegistrationStatus.REGISTERED
                : RegistrationStatus.WAITING;
        var localeContext = LocaleContextHolder.getLocaleContext();
        String language = language(localeContext == null ? null : localeContext.getLocale());
        Registration registration;
        if (existing.isPresent()) {
            registration = existing.get();
            registration.again(status, at, language);
        } else {
            registration = registrations.save(new Registration(event, person, status, at, language));
        }
        registrations.flush();
        return standing(registration, true);
    }

    /** Cancels the person's registration; the first on the waiting list takes the seat and is told. */
    public void withdraw(SignedInUser user, String key, String email) {
        turns.inTurn(key, () -> transaction.execute(status -> {
            withdrawInTurn(user, key, email);
            return null;
        }));
    }

    private void withdrawInTurn(SignedInUser user, String key, String email) {
        requireSignedIn(user);
        String address = forWhom(user, email);
        Event event = events.findForChange(key).orElseThrow(() -> notFound(key));
        var registration = registrations.find(event, address)
                .orElseThrow(() -> new EventNotFoundException(address + " is not signed up for '" + key + "'"));
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return;
        }
        if (registration.getStatus() == RegistrationStatus.ATTENDED || registration.getStatus() == RegistrationStatus.ABSENT) {
            throw new EventConflictException("over", "Attendance has been recorded for this registration");
        }
        registration.setStatus(RegistrationStatus.CANCELLED);
        registrations.flush();
        fillSeats(event);
    }

    /** Marks who came (attended) and who did not (absent), by the organisers. */
    @Transactional
    public void markAttendance(SignedInUser user, String key, Map<String, Boolean> attended) {
        requireSignedIn(user);
        Event event = events.findForChange(key).orElseThrow(() -> notFound(key));
        if (!policy.mayOrganise(user, event)) {
            throw new AccessDeniedException("Only the event's organisers may mark attendance");
        }
        var check = new FieldCheck();
        var byEmail = registrations.ofEvent(event).stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.getPerson().getEmail(), r -> r));
        attended.forEach((email, came) -> {
            Registration r = byEmail.get(Person.normaliseEmail(email));
            if (r == null || !r.getStatus().holdsSeat()) {
                check.problem(email, "not registered for this event");
            } else if (came != null) {
                r.setStatus(came ? RegistrationStatus.ATTENDED : RegistrationStatus.ABSENT);
            }
        });
        check.orThrow(InvalidEventException::new);
    }

    /** Everyone signed up, for the organisers: waiting list in order. */
    @Transactional(readOnly = true)
    public List<RegistrationView> registrationsOf(SignedInUser user, String key) {
        Event event = events.findByKey(key).orElseThrow(() -> notFound(key));
        if (!policy.mayOrganise(user, event)) {
            throw new AccessDeniedException("Only administrators and the event's organisers see its sign-ups");
        }
        int[] waiting = {0};
        return registrations.ofEvent(event).stream().map(r -> {
            Integer position = r.getStatus() == RegistrationStatus.WAITING ? ++waiting[0] : null;
            var organisation = r.getPerson().getOrganisation();
            return new RegistrationView(r.getPerson().getName(), r.getPerson().getEmail(),
                    organisation == null ? null : organisation.getKey(), organisation == null ? null : organisation.getName(),
                    r.getStatus(), position, r.getRegisteredAt());
        }).toList();
    }

    /** The person's own standing with the event, if they signed up. */
    @Transactional(readOnly = true)
    public java.util.Optional<SignUp> standingOf(String key, String email) {
        if (email == null) {
            return java.util.Optional.empty();
        }
        return events.findByKey(key).flatMap(e -> registrations.find(e, Person.normaliseEmail(email)))
                .map(r -> standing(r, false));
    }

    @Transactional(readOnly = true)
    public Event event(String key) {
        return events.findByKey(key).orElseThrow(() -> notFound(key));
    }

    /** Gives seats to the waiting list, first come first served, while there are seats and the event is ahead. */
    void fillSeats(Event event) {
        if (event.isCancelled() || !now().isBefore(event.getEnds())) {
            return;
        }
        for (Registration next : registrations.waiting(event)) {
            if (!hasSeat(event)) {
                return;
            }
            next.setStatus(RegistrationStatus.REGISTERED);
            registrations.flush();
            mail.promoted(next);
        }
    }

    private boolean hasSeat(Event event) {
        return event.getCapacity() == null || registrations.count(event, SEATED) < event.getCapacity();
    }

    private SignUp standing(Registration r, boolean created) {
        Integer position = null;
        if (r.getStatus() == RegistrationStatus.WAITING) {
            position = 1 + jdbc.sql("select count(*) from event_registration where event_id = :event and status = 'waiting'"
                            + " and (registered_at < :at or (registered_at = :at and id < :id))")
                    .param("event", r.getEvent().getId()).param("at", r.getRegisteredAt()).param("id", r.getId())
                    .query(Integer.class).single();
        }
        return new SignUp(r.getEvent().getKey(), r.getPerson().getEmail(), r.getStatus(), position, created);
    }

    private String forWhom(SignedInUser user, String email) {
        if (email == null || email.isBlank() || Person.normaliseEmail(email).equals(Person.normaliseEmail(user.email()))) {
            if (!policy.maySignUp(user)) {
                throw new AccessDeniedException("Sign in with an account to sign up");
            }
            return Person.normaliseEmail(user.email());
        }
        if (!policy.mayActForOthers(user)) {
            throw new AccessDeniedException("Only administrators sign up or cancel for someone else");
        }
        var check = new FieldCheck();
        String address = check.email("person", email, true);
        check.orThrow(InvalidEventException::new);
        return address;
    }

    /** The registry's person for the address; a signed-in person without one gets one (name and organisation). */
    private Person person(SignedInUser user, String address) {
        return people.findByEmail(address).orElseGet(() -> {
            if (!address.equals(Person.normaliseEmail(user.email()))) {
                throw new InvalidEventException(Map.of("person", "no person with e-mail address " + address));
            }
            var organisation = user.organisationKey() == null ? null
                    : organisations.findByKey(user.organisationKey()).orElse(null);
            String name = user.name() == null || user.name().isBlank() ? address : user.name();
            return people.saveAndFlush(new Person(address, new PersonDetails(name,
                    organisation == null ? null : organisation.getKey(), null), organisation));
        });
    }

    /** The product and body the details name must exist; a body's product is the event's product. */
    private Product references(EventDetails details, FieldCheck check) {
        Product product = null;
        if (details.product() != null) {
            product = products.findByKey(details.product()).orElse(null);
            if (product == null) {
                check.problem("product", "no product with key '" + details.product() + "'");
            }
        }
        if (details.body() != null) {
            var bodies = policy.bodies();
            if (bodies.isEmpty()) {
                check.problem("body", "bodies are not available in this installation");
            } else {
                var body = bodies.get().body(details.body());
                if (body.isEmpty()) {
                    check.problem("body", "no body with key '" + details.body() + "'");
                } else if (details.product() != null && !Objects.equals(body.get().productKey(), details.product())) {
                    check.problem("body", "the body '" + details.body() + "' is "
                            + (body.get().productKey() == null ? "the association's" : "of product '" + body.get().productKey() + "'")
                            + ", not of product '" + details.product() + "'");
                } else if (details.product() == null && body.get().productKey() != null) {
                    product = products.findByKey(body.get().productKey()).orElse(null);
                }
            }
        }
        return product;
    }

    /** An event of a product's body is an event of that product. */
    private EventDetails withBodyProduct(EventDetails d) {
        String product = withBodyProduct(d.product(), d.body());
        return Objects.equals(product, d.product()) ? d : new EventDetails(d.title(), d.titleEn(), d.kind(), d.starts(), d.ends(), product,
                d.body(), d.location(), d.onlineUrl(), d.capacity(), d.signupCloses(), d.description(), d.organisers());
    }

    /** The product of an event of this product and body: the body's product when no product is named. */
    private String withBodyProduct(String product, String body) {
        if (body == null || product != null) {
            return product;
        }
        return policy.bodies().flatMap(b -> b.body(body)).map(EventBody::productKey).orElse(null);
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "da";
    }

    private static void requireSignedIn(SignedInUser user) {
        if (user == null) {
            throw new AccessDeniedException("Sign in first");
        }
    }

    private static EventNotFoundException notFound(String key) {
        return new EventNotFoundException("No event with key '" + key + "'");
    }
}
