package dk.samvirke.people;

import dk.samvirke.organisations.MergeEffect;
import dk.samvirke.organisations.MergeStep;
import dk.samvirke.organisations.Organisations;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The people module's part of a merger (interfaces.md §8): the people move; their participations go with them. */
@Component
@Order(2) // after the usages, in the preview and the summary
class PeopleMergeStep implements MergeStep {

    private final People people;
    private final Organisations organisations;

    PeopleMergeStep(People people, Organisations organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    @Override
    public List<MergeEffect> merge(Request request, boolean apply) {
        var moving = people.findByOrganisationKey(request.organisation());
        if (apply && !moving.isEmpty()) {
            var into = organisations.findByKey(request.into()).orElseThrow();
            for (Person person : moving) {
                var d = person.details();
                person.update(new PersonDetails(d.name(), into.getKey(), d.title()), into);
            }
        }
        return moving.stream().map(p -> new MergeEffect(MergeEffect.PERSON_MOVES, p.getName(), null, request.on())).toList();
    }
}
