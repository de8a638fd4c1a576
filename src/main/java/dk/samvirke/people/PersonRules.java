package dk.samvirke.people;

import dk.samvirke.shared.FieldCheck;

/**
 * The rules of a person record, in one place: the importer, the people API and the organisation
 * page's form all check through here (interfaces.md §2). Field names are the API's.
 */
public final class PersonRules {

    static final int MAX_TEXT = 300;

    private PersonRules() {
    }

    /** The e-mail address that identifies a person: required, at most 254 characters, in lower case. */
    public static String email(String value, FieldCheck check) {
        return Person.normaliseEmail(check.email("email", value, true));
    }

    public static String name(String value, FieldCheck check) {
        return check.text("name", value, true, MAX_TEXT);
    }

    public static String title(String value, FieldCheck check) {
        return check.text("title", value, false, MAX_TEXT);
    }
}
