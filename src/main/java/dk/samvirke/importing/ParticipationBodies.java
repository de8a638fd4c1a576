package dk.samvirke.importing;

import java.util.Optional;

/**
 * What {@code participations.csv} asks about the body its {@code body} column names (interfaces.md §2.1, §9),
 * answered by the module that owns bodies (governance), which this module must not depend on.
 */
public interface ParticipationBodies {

    /** The body's scope: {@code productKey} null for a body of the association. */
    record Scope(String productKey) {
    }

    /** The body by its key, in the package being imported or in the database; empty when neither holds it. */
    Optional<Scope> find(ImportContext context, String bodyKey);
}
