package dk.samvirke.web.organisations;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.ProductDirectory;
import dk.samvirke.people.ParticipationRole;
import dk.samvirke.people.People;
import dk.samvirke.people.PeopleDirectory;
import dk.samvirke.people.PeoplePolicy;
import dk.samvirke.shared.CodedEnum;
import dk.samvirke.usage.UsageDirectory;
import dk.samvirke.usage.UsagePolicy;
import dk.samvirke.usage.UsageStatus;
import dk.samvirke.web.history.HistoryViews;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What the organisation page adds for the people who maintain the organisation (its forms, its people
 * and their participations; the membership periods for administrators) and for anyone signed in (its
 * history). The public sees none of it.
 */
@Component
class SelfService {

    static final List<String> STATUSES = Arrays.stream(UsageStatus.values()).map(CodedEnum::code).toList();
    static final List<String> ROLES = Arrays.stream(ParticipationRole.values()).map(CodedEnum::code).toList();

    private final UsagePolicy usagePolicy;
    private final PeoplePolicy peoplePolicy;
    private final ProductDirectory products;
    private final People people;
    private final PeopleDirectory participations;
    private final HistoryViews history;
    private final UsageDirectory usages;
    private final Clock clock;

    SelfService(UsagePolicy usagePolicy, PeoplePolicy peoplePolicy, ProductDirectory products, People people,
            PeopleDirectory participations, HistoryViews history, UsageDirectory usages, Clock clock) {
        this.usagePolicy = usagePolicy;
        this.peoplePolicy = peoplePolicy;
        this.products = products;
        this.people = people;
        this.participations = participations;
        this.history = history;
        this.usages = usages;
        this.clock = clock;
    }

    boolean mayMaintainUsages(Optional<SignedInUser> user, String organisationKey) {
        return user.isPresent() && usagePolicy.mayMaintain(user.get(), organisationKey);
    }

    boolean mayMaintainPeople(Optional<SignedInUser> user, String organisationKey) {
        return user.isPresent() && peoplePolicy.mayMaintain(user.get(), organisationKey);
    }

    /** The secretariat keeps the membership periods and merges organisations. */
    boolean mayMaintainMemberships(Optional<SignedInUser> user) {
        return user.isPresent() && user.get().isAdmin();
    }

    /** Fills the model with the forms (blank unless given) and the lists they need. */
    @Transactional(readOnly = true)
    void addTo(Model model, OrganisationPage organisation) {
        var user = SignedInUser.current();
        boolean usages = mayMaintainUsages(user, organisation.key());
        boolean persons = mayMaintainPeople(user, organisation.key());
        boolean memberships = mayMaintainMemberships(user);
        model.addAttribute("signedIn", user.isPresent());
        model.addAttribute("maintainUsages", usages);
        model.addAttribute("maintainPeople", persons);
        model.addAttribute("maintainMemberships", memberships);
        if (usages) {
            putIfAbsent(model, "usageForm", UsageForm.empty());
            putIfAbsent(model, "usageErrors", FieldErrors.none());
            model.addAttribute("productOptions", productOptions());
            model.addAttribute("statuses", STATUSES);
        }
        if (persons) {
            putIfAbsent(model, "personForm", PersonForm.empty());
            putIfAbsent(model, "personErrors", FieldErrors.none());
            var registryPeople = people.findByOrganisationKey(organisation.key()).stream().map(PersonForm::of).toList();
            model.addAttribute("registryPeople", registryPeople);
            model.addAttribute("participations", participations.participationsOf(organisation.key(), today()));
            putIfAbsent(model, "participationForm", ParticipationForm.empty());
            putIfAbsent(model, "participationErrors", FieldErrors.none());
            addParticipationOptions(model, registryPeople);
        }
        if (memberships) {
            putIfAbsent(model, "membershipForm", MembershipForm.of(organisation.organisation()));
            putIfAbsent(model, "membershipErrors", MembershipForm.Errors.none());
        }
        if (user.isPresent()) {
            model.addAttribute("history", history.ofRecord("organisation", organisation.id(), user.get().isAdmin()));
        }
    }

    /** The choices of the participation form: the organisation's people, the products, the roles. */
    void addParticipationOptions(Model model, List<PersonForm> registryPeople) {
        model.addAttribute("personOptions", registryPeople.stream().map(p -> new Option(p.email(), p.name())).toList());
        model.addAttribute("productOptions", productOptions());
        model.addAttribute("roles", ROLES);
    }

    List<PersonForm> registryPeople(String organisationKey) {
        return people.findByOrganisationKey(organisationKey).stream().map(PersonForm::of).toList();
    }

    /** The recorded usage as the form shows it. */
    Optional<UsageForm> usage(String organisationKey, String productKey) {
        return usages.find(organisationKey, productKey).map(UsageForm::of);
    }

    List<Option> productOptions() {
        return products.all().stream().map(p -> new Option(p.key(), p.name())).toList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
