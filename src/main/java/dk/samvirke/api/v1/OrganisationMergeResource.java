package dk.samvirke.api.v1;

import dk.samvirke.organisations.MergeEffect;
import dk.samvirke.organisations.OrganisationManagement;
import dk.samvirke.organisations.OrganisationManagement.MergeChange;
import dk.samvirke.organisations.OrganisationPolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Merging one organisation into another (interfaces.md §8); administrators only. */
@RestController
@RequestMapping("/api/v1/admin/organisations/{key}/merge")
@Tag(name = "Administration: organisations", description = "Organisations that merge")
class OrganisationMergeResource {

    private final OrganisationManagement management;

    OrganisationMergeResource(OrganisationManagement management) {
        this.management = management;
    }

    /** What the merger did (or would do), effect by effect; {@code kind} as in interfaces.md §14. */
    record MergeSummary(String organisation, String into, LocalDate on, boolean applied, List<Effect> effects) {
    }

    record Effect(String kind, String subject, String detail, LocalDate date) {
    }

    @PostMapping
    @Operation(summary = "Merge the organisation into another on a date: {\"into\": KEY, \"on\": DATE}. In one"
            + " transaction it is dissolved with `into` as successor, its membership and active usages move to `into`"
            + " from the date, and its people move; figures before the date stay as they were. Recorded in the history.")
    MergeSummary merge(@PathVariable String key, @RequestBody MergeChange change) {
        var user = Actors.signedIn();
        return summary(management.merge(new OrganisationPolicy.Actor(user.isAdmin()), key, change), true);
    }

    @GetMapping
    @Operation(summary = "What merging the organisation into another on a date would do, without doing it")
    MergeSummary preview(@PathVariable String key, @RequestParam(required = false) String into,
            @RequestParam(required = false) String on) {
        var user = Actors.signedIn();
        return summary(management.previewMerge(new OrganisationPolicy.Actor(user.isAdmin()), key,
                new MergeChange(into, on)), false);
    }

    private static MergeSummary summary(OrganisationManagement.MergeOutcome outcome, boolean applied) {
        return new MergeSummary(outcome.organisation(), outcome.into(), outcome.on(), applied,
                outcome.effects().stream().map(OrganisationMergeResource::effect).toList());
    }

    private static Effect effect(MergeEffect e) {
        return new Effect(e.kind(), e.subject(), e.detail(), e.date());
    }
}
