package dk.samvirke.web.organisations;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.Products;
import dk.samvirke.people.People;
import dk.samvirke.people.PeoplePolicy;
import dk.samvirke.shared.CodedEnum;
import dk.samvirke.usage.UsagePolicy;
import dk.samvirke.usage.UsageStatus;
import dk.samvirke.usage.Usages;
import dk.samvirke.web.history.HistoryViews;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What the organisation page adds for the people who maintain the organisation (its forms and its
 * registry of people) and for anyone signed in (its history). The public sees none of it.
 */
@Component
class SelfService {

    static final List<String> STATUSES = Arrays.stream(UsageStatus.values()).map(CodedEnum::code).toList();

    private final UsagePolicy usagePolicy;
    private final PeoplePolicy peoplePolicy;
    private final Products products;
    private final People people;
    private final HistoryViews history;
    private final Usages usages;

    SelfService(UsagePolicy usagePolicy, PeoplePolicy peoplePolicy, Products products, People people,
            HistoryViews history, Usages usages) {
        this.usages = usages;
        this.usagePolicy = usagePolicy;
        this.peoplePolicy = peoplePolicy;
        this.products = products;
        this.people = people;
        this.history = history;
    }

    boolean mayMaintainUsages(Optional<SignedInUser> user, String organisationKey) {
        return user.isPresent() && usagePolicy.mayMaintain(user.get(), organisationKey);
    }

    boolean mayMaintainPeople(Optional<SignedInUser> user, String organisationKey) {
        return user.isPresent() && peoplePolicy.mayMaintain(user.get(), organisationKey);
    }

    /** Fills the model with the forms (blank unless given) and the lists they need. */
    @Transactional(readOnly = true)
    void addTo(Model model, OrganisationPage organisation) {
        var user = SignedInUser.current();
        boolean usages = mayMaintainUsages(user, organisation.key());
        boolean persons = mayMaintainPeople(user, organisation.key());
        model.addAttribute("signedIn", user.isPresent());
        model.addAttribute("maintainUsages", usages);
        model.addAttribute("maintainPeople", persons);
        if (usages) {
            putIfAbsent(model, "usageForm", UsageForm.empty());
            putIfAbsent(model, "usageErrors", FieldErrors.none());
            model.addAttribute("productOptions", productOptions());
            model.addAttribute("statuses", STATUSES);
        }
        if (persons) {
            putIfAbsent(model, "personForm", PersonForm.empty());
            putIfAbsent(model, "personErrors", FieldErrors.none());
            model.addAttribute("registryPeople",
                    people.findByOrganisationKey(organisation.key()).stream().map(PersonForm::of).toList());
        }
        if (user.isPresent()) {
            model.addAttribute("history", history.ofRecord("organisation", organisation.id(), user.get().isAdmin()));
        }
    }

    /** The recorded usage as the form shows it, read inside a transaction: the product is loaded lazily. */
    @Transactional(readOnly = true)
    Optional<UsageForm> usage(String organisationKey, String productKey) {
        return usages.findByKeys(organisationKey, productKey).map(UsageForm::of);
    }

    List<Option> productOptions() {
        return products.findAllWithOwner().stream().map(p -> new Option(p.getKey(), p.getName())).toList();
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
