package dk.samvirke.people;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.Product;
import dk.samvirke.catalogue.Products;
import dk.samvirke.shared.FieldCheck;
import dk.samvirke.shared.InvalidFieldsException;
import dk.samvirke.shared.Period;
import dk.samvirke.shared.RecordNotFoundException;
import dk.samvirke.shared.VersionConflictException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and ends the participations of an organisation's people, for the organisation's
 * administrators (see {@link PeoplePolicy}). Overlapping periods of the same person, product and role
 * are refused, naming the other period; a person who left and came back gets a new participation.
 */
@Service
public class ParticipationManagement {

    private final Participations participations;
    private final People people;
    private final Products products;
    private final PeoplePolicy policy;
    private final PeopleDirectory directory;
    private final Clock clock;

    ParticipationManagement(Participations participations, People people, Products products, PeoplePolicy policy,
            PeopleDirectory directory, Clock clock) {
        this.participations = participations;
        this.people = people;
        this.products = products;
        this.policy = policy;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public ParticipationView add(SignedInUser user, String organisationKey, ParticipationChange change) {
        authorise(user, organisationKey);
        var check = new FieldCheck();
        var checked = ParticipationRules.check(change, check);
        Person person = null;
        if (checked.email() != null) {
            // locked, so that two participations added at once cannot both pass the overlap check
            person = people.findForChange(checked.email())
                    .filter(p -> p.getOrganisation() != null && p.getOrganisation().getKey().equals(organisationKey))
                    .orElse(null);
            if (person == null) {
                check.problem("person", "no person '" + checked.email() + "' in organisation '" + organisationKey + "'");
            }
        }
        Product product = product(checked, check);
        if (person != null && checked.role() != null) {
            noOverlap(person, product, checked, null, check);
        }
        check.orThrow(ParticipationValidationException::new);
        var saved = participations.saveAndFlush(new Participation(person, product, checked.role(), checked.details()));
        return view(organisationKey, saved.getId());
    }

    /**
     * Changes product, role, share and period; the person stays. {@code expectedVersion} (If-Match, a
     * form's hidden field), when given, must be the current version.
     */
    @Transactional
    public ParticipationView update(SignedInUser user, String organisationKey, long id, ParticipationChange change,
            Long expectedVersion) {
        authorise(user, organisationKey);
        var participation = participation(organisationKey, id);
        checkVersion(participation, expectedVersion);
        people.findForChange(participation.getPerson().getEmail()); // as in add: the overlap check takes turns
        var check = new FieldCheck();
        String email = participation.getPerson().getEmail();
        boolean personGiven = change.person() != null && !change.person().isBlank();
        var checked = ParticipationRules.check(new ParticipationChange(personGiven ? change.person() : email,
                change.product(), change.role(), change.allocation(), change.since(), change.until()), check);
        if (personGiven && checked.email() != null && !checked.email().equals(email)) {
            check.problem("person", "cannot be changed; add a participation for the other person instead");
        }
        Product product = product(checked, check);
        if (checked.role() != null) {
            noOverlap(participation.getPerson(), product, checked, participation.getId(), check);
        }
        check.orThrow(ParticipationValidationException::new);
        participation.change(product, checked.role(), checked.details());
        participations.flush(); // the caller's next If-Match must carry the new version
        return view(organisationKey, id);
    }

    @Transactional
    public void remove(SignedInUser user, String organisationKey, long id, Long expectedVersion) {
        authorise(user, organisationKey);
        var participation = participation(organisationKey, id);
        checkVersion(participation, expectedVersion);
        participations.delete(participation);
        participations.flush();
    }

    /**
     * Makes a person — of any organisation — a member of a body (interfaces.md §9): a participation in the
     * body's product (none for the association's bodies) in the body's role, with the body. The caller (the
     * governance module) has checked who may; the participation's own rules and the overlap rule hold as
     * everywhere.
     *
     * @return the new participation's id
     */
    @Transactional
    public long addBodyMember(String bodyKey, String productKey, ParticipationRole role, String email, String since,
            String until, boolean chair) {
        var check = new FieldCheck();
        var checked = ParticipationRules.check(new ParticipationChange(email, productKey, role == null ? null
                : role.code(), null, since, until), check);
        Person person = checked.email() == null ? null : people.findForChange(checked.email()).orElse(null);
        if (checked.email() != null && person == null) {
            check.problem("person", "no person '" + checked.email() + "'");
        }
        Product product = product(checked, check);
        if (person != null && checked.role() != null) {
            noOverlap(person, product, checked, null, check);
        }
        check.orThrow(ParticipationValidationException::new);
        var participation = new Participation(person, product, checked.role(), checked.details());
        participation.assignBody(bodyKey, chair);
        return participations.saveAndFlush(participation).getId();
    }

    /** Ends a membership of a body by removing its participation; false when the id is no member of the body. */
    @Transactional
    public boolean removeBodyMember(String bodyKey, long id) {
        var participation = participations.findById(id).filter(p -> bodyKey.equals(p.getBodyKey())).orElse(null);
        if (participation == null) {
            return false;
        }
        participations.delete(participation);
        participations.flush();
        return true;
    }

    private Product product(ParticipationRules.Checked checked, FieldCheck check) {
        if (checked.productKey() == null) {
            return null;
        }
        var product = products.findByKey(checked.productKey()).orElse(null);
        if (product == null) {
            check.problem("product", "no product '" + checked.productKey() + "'");
        }
        return product;
    }

    private void noOverlap(Person person, Product product, ParticipationRules.Checked checked, Long self,
            FieldCheck check) {
        var others = participations.findByPersonId(person.getId()).stream()
                .filter(p -> !Objects.equals(p.getId(), self) && p.getRole() == checked.role()
                        && Objects.equals(p.getProduct() == null ? null : p.getProduct().getKey(), checked.productKey()))
                .map(p -> new Period(p.getSince(), p.getUntil()))
                .toList();
        ParticipationRules.overlapping(checked.period(), others).ifPresent(other -> check.problem("since",
                "overlaps the same person's participation " + ParticipationRules.describe(other)
                        + " in the same product and role"));
    }

    private Participation participation(String organisationKey, long id) {
        return participations.findById(id)
                .filter(p -> p.getPerson().getOrganisation() != null
                        && p.getPerson().getOrganisation().getKey().equals(organisationKey))
                .orElseThrow(() -> new ParticipationNotFoundException(organisationKey, id));
    }

    private ParticipationView view(String organisationKey, long id) {
        return directory.participation(organisationKey, id, LocalDate.now(clock)).orElseThrow();
    }

    private void authorise(SignedInUser user, String organisationKey) {
        if (!policy.mayMaintain(user, organisationKey)) {
            throw new AccessDeniedException("Only the organisation's administrators may maintain its participations");
        }
    }

    private static void checkVersion(Participation participation, Long expectedVersion) {
        if (expectedVersion != null && participation.getVersion() != expectedVersion) {
            throw new ParticipationVersionConflictException(participation.getVersion());
        }
    }

    public static class ParticipationNotFoundException extends RecordNotFoundException {
        public ParticipationNotFoundException(String organisationKey, long id) {
            super("No participation " + id + " of a person in organisation '" + organisationKey + "'");
        }
    }

    public static class ParticipationVersionConflictException extends VersionConflictException {
        ParticipationVersionConflictException(long currentVersion) {
            super("participation", currentVersion);
        }
    }

    public static class ParticipationValidationException extends InvalidFieldsException {
        ParticipationValidationException(Map<String, String> problems) {
            super("participation", problems);
        }
    }
}
