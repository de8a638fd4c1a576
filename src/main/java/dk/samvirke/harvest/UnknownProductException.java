package dk.samvirke.harvest;

/** No product has the given key. */
public class UnknownProductException extends RuntimeException {

    public UnknownProductException(String key) {
        super("No product with key '" + key + "'");
    }
}
