package dk.samvirke.security;

import java.util.List;

/**
 * A notice as sent by the API or the form (§10).
 *
 * @param affected the range, e.g. {@code >=2.0.0 <2.4.3 || =1.9.9}
 * @param fixed    the first version without the vulnerability, if there is one
 * @param aliases  CVE ids (and GHSA ids) of the vulnerability
 */
public record NoticeRequest(String title, String severity, String affected, String fixed, String description,
        List<String> aliases) {
}
