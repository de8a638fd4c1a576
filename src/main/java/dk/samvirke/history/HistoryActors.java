package dk.samvirke.history;

import java.util.Optional;

/**
 * Names the actors the history records by e-mail address, so that readers who may not see addresses
 * still see who acted. The accounts module provides it; without one, only "system" and the bootstrap
 * administrator have names.
 */
public interface HistoryActors {

    /** The account's name for this address, if there is such an account. */
    Optional<String> nameOf(String actor);
}
