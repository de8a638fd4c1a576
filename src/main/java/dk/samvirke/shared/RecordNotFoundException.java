package dk.samvirke.shared;

/** The record a request names does not exist: 404 in the API, the not-found page on pages. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String message) {
        super(message);
    }
}
