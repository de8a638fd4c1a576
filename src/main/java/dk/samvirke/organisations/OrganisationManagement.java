package dk.samvirke.organisations;

import dk.samvirke.organisations.OrganisationPolicy.Actor;
import dk.samvirke.shared.FieldCheck;
import dk.samvirke.shared.InvalidFieldsException;
import dk.samvirke.shared.Period;
import dk.samvirke.shared.RecordNotFoundException;
import dk.samvirke.shared.VersionConflictException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the organisation register: the secretariat's edits of an organisation's membership periods,
 * and the merger of one organisation into another (interfaces.md §8), which the modules holding an
 * organisation's records take part in through {@link MergeStep}.
 */
@Service
public class OrganisationManagement {

    private final Organisations organisations;
    private final OrganisationDirectory directory;
    private final OrganisationPolicy policy;
    private final List<MergeStep> steps;

    OrganisationManagement(Organisations organisations, OrganisationDirectory directory, OrganisationPolicy policy,
            List<MergeStep> steps) {
        this.organisations = organisations;
        this.directory = directory;
        this.policy = policy;
        this.steps = steps;
    }

    /** A merger as a form or the API sends it: {@code {"into": KEY, "on": DATE}}. */
    public record MergeChange(String into, String on) {
    }

    /** What a merger did (or, for the preview, would do), effect by effect. */
    public record MergeOutcome(String organisation, String into, LocalDate on, List<MergeEffect> effects)
            implements java.io.Serializable {
    }

    /**
     * Replaces the organisation's membership periods with those given. {@code expectedVersion}
     * (If-Match, a form's hidden field), when given, must be the organisation's current version.
     */
    @Transactional
    public OrganisationView replaceMemberships(Actor actor, String key, List<OrganisationRules.PeriodInput> periods,
            Long expectedVersion) {
        if (!policy.mayEditMemberships(actor)) {
            throw new AccessDeniedException("Only administrators may change membership periods");
        }
        var organisation = organisations.findForChange(key).orElseThrow(() -> new OrganisationNotFoundException(key));
        // the lock raised the version by one: the version the caller read is the one before it
        if (expectedVersion != null && expectedVersion != organisation.getVersion() - 1) {
            throw new OrganisationVersionConflictException(organisation.getVersion() - 1);
        }
        var check = new FieldCheck();
        var wanted = OrganisationRules.periods(periods == null ? List.of() : periods, check);
        check.orThrow(problems -> new InvalidOrganisationChangeException("memberships", problems));
        organisation.replaceMemberships(wanted);
        organisations.flush();
        return directory.find(key).orElseThrow();
    }

    /** What merging would do, without doing it. */
    @Transactional(readOnly = true)
    public MergeOutcome previewMerge(Actor actor, String key, MergeChange change) {
        return merge(actor, key, change, false);
    }

    /** Merges the organisation into another in one transaction; everything it changes is kept in the history. */
    @Transactional
    public MergeOutcome merge(Actor actor, String key, MergeChange change) {
        return merge(actor, key, change, true);
    }

    private MergeOutcome merge(Actor actor, String key, MergeChange change, boolean apply) {
        if (!policy.mayMerge(actor)) {
            throw new AccessDeniedException("Only administrators may merge organisations");
        }
        var organisation = (apply ? organisations.findForChange(key) : organisations.findByKey(key))
                .orElseThrow(() -> new OrganisationNotFoundException(key));
        var check = new FieldCheck();
        String intoKey = check.key("into", change == null ? null : change.into(), true);
        LocalDate on = check.date("on", change == null ? null : change.on());
        if (on == null && !check.has("on")) {
            check.problem("on", "required");
        }
        Organisation into = null;
        if (intoKey != null && intoKey.equals(key)) {
            check.problem("into", "must be another organisation than the one merged");
        } else if (intoKey != null) {
            into = (apply ? organisations.findForChange(intoKey) : organisations.findByKey(intoKey)).orElse(null);
            if (into == null) {
                check.problem("into", "no organisation '" + intoKey + "'");
            }
        }
        if (on != null) {
            if (organisation.getDissolvedOn() != null) {
                check.problem("on", key + " is already dissolved (on " + organisation.getDissolvedOn() + ")");
            } else if (!organisation.existsOn(on.minusDays(1))) {
                check.problem("on", key + " does not exist the day before " + on + " (founded on "
                        + organisation.getFoundedOn() + ")");
            }
            if (into != null && !into.existsOn(on)) {
                check.problem("into", intoKey + " does not exist on " + on);
            }
        }
        check.orThrow(problems -> new InvalidOrganisationChangeException("merger", problems));

        List<MergeEffect> effects = new ArrayList<>();
        effects.add(new MergeEffect(MergeEffect.DISSOLVED, organisation.getName(), into.getName(), on));
        boolean wasMember = organisation.isMemberOn(on.minusDays(1));
        for (Period p : apply ? organisation.endMembershipsOn(on) : runningPast(organisation, on)) {
            effects.add(new MergeEffect(p.from().isBefore(on) ? MergeEffect.MEMBERSHIP_ENDS : MergeEffect.MEMBERSHIP_REMOVED,
                    OrganisationRules.describe(p), null, on));
        }
        if (wasMember && into.isMemberOn(on)) {
            effects.add(new MergeEffect(MergeEffect.ALREADY_MEMBER, into.getName(), null, on));
        } else if (wasMember) {
            // until the target's next period, if it has one: the periods of one organisation never overlap
            LocalDate until = into.getMemberships().stream().map(Period::from).filter(from -> from.isAfter(on))
                    .min(Comparator.naturalOrder()).orElse(null);
            effects.add(new MergeEffect(MergeEffect.MEMBER_FROM, into.getName(), until == null ? null : until.toString(), on));
            if (apply) {
                into.addMembership(new Period(on, until));
            }
        }
        var request = new MergeStep.Request(key, intoKey, on);
        for (MergeStep step : steps) {
            effects.addAll(step.merge(request, apply));
        }
        if (apply) {
            organisation.dissolve(on, into);
            organisations.flush();
        }
        return new MergeOutcome(key, intoKey, on, effects);
    }

    /** The periods {@link Organisation#endMembershipsOn} would change, for the preview. */
    private static List<Period> runningPast(Organisation organisation, LocalDate on) {
        return organisation.getMemberships().stream().filter(p -> !p.from().isBefore(on) || p.to() == null
                || p.to().isAfter(on)).toList();
    }

    public static class OrganisationNotFoundException extends RecordNotFoundException {
        public OrganisationNotFoundException(String key) {
            super("No organisation with key '" + key + "'");
        }
    }

    public static class OrganisationVersionConflictException extends VersionConflictException {
        OrganisationVersionConflictException(long currentVersion) {
            super("organisation", currentVersion);
        }
    }

    /** Field → what is wrong; {@code what} is {@code memberships} or {@code merger}. */
    public static class InvalidOrganisationChangeException extends InvalidFieldsException {
        InvalidOrganisationChangeException(String what, Map<String, String> problems) {
            super(what, problems);
        }
    }
}
