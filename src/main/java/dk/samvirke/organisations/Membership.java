package dk.samvirke.organisations;

import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import dk.samvirke.shared.Period;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One period of an organisation's membership of the association; an organisation may have many. */
@Entity
@Table(name = "membership")
class Membership extends AbstractEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private LocalDate since;
    private LocalDate until;

    protected Membership() {
    }

    Membership(Organisation organisation, LocalDate since, LocalDate until) {
        this.organisation = organisation;
        this.since = since;
        this.until = until;
    }

    Period period() {
        return new Period(since, until);
    }

    LocalDate since() {
        return since;
    }

    LocalDate until() {
        return until;
    }

    Organisation organisation() {
        return organisation;
    }

    void endOn(LocalDate until) {
        this.until = until;
    }

    @Override
    public String auditType() {
        return "membership";
    }

    @Override
    public String auditKey() {
        return organisation.getKey() + "/" + since;
    }
}
