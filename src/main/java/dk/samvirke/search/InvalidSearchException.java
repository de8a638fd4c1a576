package dk.samvirke.search;

/** A search that cannot be run as asked: no words, too many, an unknown kind. Names the parameter at fault. */
public class InvalidSearchException extends RuntimeException {

    private final String parameter;

    public InvalidSearchException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
