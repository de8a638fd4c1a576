package dk.samvirke.security;

import java.util.List;

/** A notice's fields once {@link NoticeRules} accepted them. */
public record NoticeDetails(String title, Severity severity, VersionRange affected, Version fixed, String description,
        List<String> aliases) {

    public NoticeDetails {
        aliases = List.copyOf(aliases);
    }
}
