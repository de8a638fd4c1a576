package dk.samvirke.accounts;

/**
 * An account was deleted at its owner's request, in the transaction now committing: the modules that keep
 * something of the person by value (forum authorship) let go of it in that same transaction.
 */
public record AccountDeleted(long accountId, String email) {
}
