package dk.samvirke.web.organisations;

import dk.samvirke.organisations.OrganisationRef;
import dk.samvirke.organisations.OrganisationView;
import dk.samvirke.people.Participant;
import dk.samvirke.usage.OrganisationUse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the organisation page shows, as of {@code today}: the organisation with its history, what it
 * uses and used, who takes and took part.
 */
public record OrganisationPage(OrganisationView organisation, LocalDate today, List<OrganisationUse> products,
        List<Participant> people) {

    public String key() {
        return organisation.key();
    }

    public String name() {
        return organisation.name();
    }

    public long id() {
        return organisation.id();
    }

    public String type() {
        return organisation.type().code();
    }

    public boolean member() {
        return organisation.isMemberOn(today);
    }

    public boolean exists() {
        return organisation.existsOn(today);
    }

    public List<Participant> currentPeople() {
        return people.stream().filter(Participant::current).toList();
    }

    public List<Participant> formerPeople() {
        return people.stream().filter(p -> !p.current()).toList();
    }

    /** Dissolved, or to be dissolved, with a successor: the merger the page tells of. */
    public boolean merges() {
        return organisation.dissolvedOn() != null;
    }

    public boolean mergePlanned() {
        return organisation.isDissolutionPlanned(today);
    }

    public boolean foundingPlanned() {
        return organisation.isFoundingPlanned(today);
    }

    public List<OrganisationRef> predecessors() {
        return organisation.predecessors();
    }

    /**
     * The membership history as parts of a sentence, each a message key and the years it names: "medlem
     * 2013–2017" + " og igen fra 2018" (or ", igen 2019–2020" between the first and the last).
     */
    public List<Part> membershipHistory() {
        var spans = organisation.membershipSpans();
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            var span = spans.get(i);
            String position = i == 0 ? "first" : i == spans.size() - 1 ? "last" : "next";
            parts.add(new Part("organisation.membership." + position + (span.isOpen() ? ".open" : ".closed"), span.years()));
        }
        return parts;
    }

    public record Part(String key, String years) {
    }
}
