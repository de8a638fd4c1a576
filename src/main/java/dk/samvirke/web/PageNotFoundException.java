package dk.samvirke.web;

/** A page asked for something the registry does not hold (an unknown product or organisation key). */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String what) {
        super(what);
    }
}
