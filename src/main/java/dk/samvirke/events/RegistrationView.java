package dk.samvirke.events;

import java.time.LocalDateTime;

/** One sign-up as the organisers see it. {@code position} is the place on the waiting list, from 1. */
public record RegistrationView(String name, String email, String organisation, String organisationName,
        RegistrationStatus status, Integer position, LocalDateTime registeredAt) {
}
