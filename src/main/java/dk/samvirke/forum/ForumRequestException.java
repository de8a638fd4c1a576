package dk.samvirke.forum;

/** A request the forum cannot carry out as asked: a field is missing, too long or names nothing. */
public class ForumRequestException extends RuntimeException {

    private final String field;

    ForumRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
