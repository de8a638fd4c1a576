package dk.samvirke.harvest;

/** A repository URL, or an address it leads to, that the fetch policy does not allow; the message says why. */
public class RefusedUrlException extends RuntimeException {

    public RefusedUrlException(String reason) {
        super(reason);
    }
}
