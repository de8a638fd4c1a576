package dk.samvirke.harvest;

/** A harvest that cannot complete, with a message fit to show an administrator. */
class HarvestFailure extends RuntimeException {

    HarvestFailure(String message) {
        super(message);
    }

    HarvestFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
