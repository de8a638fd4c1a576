package dk.samvirke.events;

/**
 * Where a person stands after signing up.
 *
 * @param position the place on the waiting list, from 1; null when registered
 * @param created whether this sign-up made (or renewed) the registration, or found it as it was
 */
public record SignUp(String event, String person, RegistrationStatus status, Integer position, boolean created) {
}
