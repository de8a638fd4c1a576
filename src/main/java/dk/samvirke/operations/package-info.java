/**
 * Keeping the application up under faults and abuse (interfaces.md §13): request body limits,
 * idempotency keys, answers while the database is away, graceful shutdown of the embedded database,
 * and the backup and restore commands. Nothing here knows a record type; every module's requests
 * pass through it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package dk.samvirke.operations;
