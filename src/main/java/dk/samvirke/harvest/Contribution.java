package dk.samvirke.harvest;

import java.time.Instant;
import java.util.Locale;

/**
 * One author's commits in one repository, after the .mailmap: the canonical e-mail (lower case),
 * the name of their latest commit, how many commits, and the first and last commit's author date.
 */
record Contribution(String email, String name, int commits, Instant first, Instant last) {

    static final int MAX_TEXT = 1000;

    static String canonicalEmail(String email) {
        return clip(email.trim().toLowerCase(Locale.ROOT));
    }

    static String clip(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }

    /** The same author's commits together; the name of the later commits wins. */
    Contribution merge(Contribution other) {
        String newerName = other.last.isAfter(last) ? other.name : name;
        return new Contribution(email, newerName, commits + other.commits,
                first.isBefore(other.first) ? first : other.first,
                last.isAfter(other.last) ? last : other.last);
    }
}
