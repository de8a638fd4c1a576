package dk.samvirke.harvest;

import java.time.LocalDate;

/** What an organisation's people contributed to one product: how many of them, how many commits, when. */
public record ProductContribution(String productKey, String productName, int people, int commits,
        LocalDate firstContribution, LocalDate lastContribution) {
}
