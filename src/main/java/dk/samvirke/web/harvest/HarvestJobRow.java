package dk.samvirke.web.harvest;

import java.time.LocalDateTime;

/** A harvest job as the admin page lists it; {@code percent} rounded for people. */
public record HarvestJobRow(long id, String productKey, String productName, String repositoryUrl, String state,
        int percent, String message, LocalDateTime createdAt, String messageLanguage) {

    public HarvestJobRow(long id, String productKey, String productName, String repositoryUrl, String state,
            int percent, String message, LocalDateTime createdAt) {
        this(id, productKey, productName, repositoryUrl, state, percent, message, createdAt, null);
    }
}
