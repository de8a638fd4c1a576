package dk.samvirke.shared;

/** A query parameter that breaks the rules (a date out of range, a series too long): 400 in the API. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super("Parameter '" + parameter + "' " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The date parameter as given, or the problem with it: dates run from 1900-01-01 to 9999-12-31. */
    public static java.time.LocalDate checkDate(String parameter, java.time.LocalDate date) {
        var check = new FieldCheck();
        check.date(parameter, date);
        if (!check.isValid()) {
            throw new InvalidParameterException(parameter, "must be a date from " + FieldCheck.EARLIEST + " to "
                    + FieldCheck.LATEST + ", was '" + date + "'");
        }
        return date;
    }
}
