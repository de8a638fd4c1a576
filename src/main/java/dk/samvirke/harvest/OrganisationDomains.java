package dk.samvirke.harvest;

import dk.samvirke.organisations.Organisation;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which organisation an e-mail address belongs to: the one whose {@code email_domains} holds the
 * address's domain or the nearest parent of it ({@code it.aarhus.dk} → {@code aarhus.dk}), so the
 * longest matching domain wins. Null when none does.
 */
final class OrganisationDomains {

    private final Map<String, Long> organisationByDomain = new HashMap<>();

    OrganisationDomains(Collection<Organisation> organisations) {
        organisations.stream()
                .sorted(java.util.Comparator.comparing(Organisation::getKey)) // a domain listed twice goes to the first key
                .forEach(o -> o.getEmailDomains().forEach(d -> organisationByDomain.putIfAbsent(normalise(d), o.getId())));
    }

    Long organisationOf(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return null;
        }
        String domain = normalise(email.substring(at + 1));
        while (!domain.isEmpty()) {
            Long organisation = organisationByDomain.get(domain);
            if (organisation != null) {
                return organisation;
            }
            int dot = domain.indexOf('.');
            if (dot < 0) {
                return null;
            }
            domain = domain.substring(dot + 1);
        }
        return null;
    }

    private static String normalise(String domain) {
        String d = domain.trim().toLowerCase(Locale.ROOT);
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        while (d.startsWith("@") || d.startsWith(".")) {
            d = d.substring(1);
        }
        return d;
    }
}
