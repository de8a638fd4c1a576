package dk.samvirke.people;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The period and share of a full-time job of one participation. */
public record ParticipationDetails(BigDecimal allocation, LocalDate since, LocalDate until) {

    public ParticipationDetails {
        // Scale-free so that 0.5 and 0.50 are the same value when an import compares records.
        allocation = allocation == null ? null : allocation.stripTrailingZeros();
    }
}
