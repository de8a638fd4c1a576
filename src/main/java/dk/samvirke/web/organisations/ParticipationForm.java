package dk.samvirke.web.organisations;

import dk.samvirke.people.ParticipationChange;
import dk.samvirke.people.ParticipationView;

/**
 * The participation form as posted; {@code person} counts only when a participation is added (a change
 * keeps the person), {@code revision} as in {@link UsageForm}. An empty product is the association itself.
 */
public record ParticipationForm(String person, String product, String role, String allocation, String since,
        String until, Long revision) {

    static ParticipationForm empty() {
        return new ParticipationForm(null, null, null, null, null, null, null);
    }

    static ParticipationForm of(ParticipationView v) {
        return new ParticipationForm(v.email(), v.product() == null ? null : v.product().key(), v.role().code(),
                v.allocation() == null ? null : v.allocation().toPlainString(),
                v.since() == null ? null : v.since().toString(), v.until() == null ? null : v.until().toString(),
                v.revision());
    }

    ParticipationForm withRevision(Long newRevision) {
        return new ParticipationForm(person, product, role, allocation, since, until, newRevision);
    }

    ParticipationChange change() {
        return new ParticipationChange(person, product, role, allocation, since, until);
    }
}
