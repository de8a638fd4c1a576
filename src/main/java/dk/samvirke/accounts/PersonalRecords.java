package dk.samvirke.accounts;

import java.util.List;

/**
 * What another module keeps about a person, for the download of their own data (GDPR art. 15): a module
 * that records something by a person's e-mail address implements it, and the download carries it as a
 * section of its own. Implement as a Spring bean.
 */
public interface PersonalRecords {

    /** The section's name in the download, e.g. {@code eventRegistrations}. */
    String section();

    /** The person's records, as records of plain values; empty when there are none. */
    List<?> of(String email);
}
