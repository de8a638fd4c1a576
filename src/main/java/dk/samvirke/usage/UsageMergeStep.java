package dk.samvirke.usage;

import dk.samvirke.organisations.MergeEffect;
import dk.samvirke.organisations.MergeStep;
import dk.samvirke.organisations.Organisations;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The usage module's part of a merger (interfaces.md §8): each usage active on the day ends that day
 * and, unless the organisation taking over already has an active usage of the product, continues
 * there from the day with the same status, version and contact. A usage of one product is one record
 * per organisation, so a record the taking-over organisation keeps of the product (planned, say) is
 * the one that continues. Each usage it ends or continues is a {@link UsageChanged}, as an edit would be.
 */
@Component
@Order(1) // usages before people, in the preview and the summary
class UsageMergeStep implements MergeStep {

    private final Usages usages;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    UsageMergeStep(Usages usages, Organisations organisations, ApplicationEventPublisher events) {
        this.usages = usages;
        this.organisations = organisations;
        this.events = events;
    }

    @Override
    public List<MergeEffect> merge(Request request, boolean apply) {
        var on = request.on();
        List<MergeEffect> effects = new ArrayList<>();
        for (Usage usage : usages.findByOrganisationKey(request.organisation())) {
            if (!usage.isActiveOn(on)) {
                continue;
            }
            var product = usage.getProduct();
            var details = usage.details();
            effects.add(new MergeEffect(MergeEffect.USAGE_ENDS, product.getName(), details.status().code(), on));
            var theirs = usages.findByKeys(request.into(), product.getKey());
            if (theirs.isPresent() && theirs.get().isActiveOn(on)) {
                effects.add(new MergeEffect(MergeEffect.USAGE_ALREADY_AT_TARGET, product.getName(),
                        theirs.get().getStatus().code(), on));
            } else {
                effects.add(new MergeEffect(MergeEffect.USAGE_CONTINUES, product.getName(), details.status().code(), on));
                if (apply) {
                    var continued = new UsageDetails(details.status(), on, details.until(), details.version(),
                            details.contactEmail());
                    if (theirs.isPresent()) {
                        theirs.get().update(continued);
                    } else {
                        usages.save(new Usage(organisations.findByKey(request.into()).orElseThrow(), product, continued));
                    }
                    events.publishEvent(new UsageChanged(request.into(), product.getKey()));
                }
            }
            if (apply) {
                usage.update(new UsageDetails(details.status(), details.since(), on, details.version(),
                        details.contactEmail()));
                events.publishEvent(new UsageChanged(request.organisation(), product.getKey()));
            }
        }
        return effects;
    }
}
