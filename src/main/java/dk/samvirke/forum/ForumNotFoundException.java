package dk.samvirke.forum;

/** No such topic or post, or one the reader may not see (hidden): both look the same from outside. */
public class ForumNotFoundException extends RuntimeException {

    public ForumNotFoundException(String what) {
        super(what);
    }
}
