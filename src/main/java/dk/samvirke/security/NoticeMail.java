package dk.samvirke.security;

import dk.samvirke.accounts.OrganisationAdmins;
import dk.samvirke.mail.OutgoingMail;
import dk.samvirke.mail.Outbox;
import dk.samvirke.shared.SamvirkeProperties;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells an organisation about a notice (§10): one e-mail to each address of the usage's contact and the
 * organisation's admins, each address once, naming the notice, the version the organisation runs, the fixed
 * version and a link. Danish first and English below, as every mail of Samvirke is (people keep no language
 * of their own); the texts are the bundles' {@code security.mail.*}. Through the outbox, in the caller's
 * transaction: nothing is sent if it rolls back.
 */
@Component
class NoticeMail {

    static final Locale DANISH = Locale.forLanguageTag("da");

    /** One organisation to tell: its key and name, the version it runs and its usage's contact. */
    record Told(String organisation, String organisationName, String version, String contact) {
    }

    private final Outbox outbox;
    private final OrganisationAdmins admins;
    private final MessageSource messages;
    private final SamvirkeProperties properties;

    NoticeMail(Outbox outbox, OrganisationAdmins admins, MessageSource messages, SamvirkeProperties properties) {
        this.outbox = outbox;
        this.admins = admins;
        this.messages = messages;
        this.properties = properties;
    }

    /** The addresses an organisation is told at: the usage's contact, then its admins; each once, in lower case. */
    Map<String, Set<String>> recipients(Collection<Told> organisations) {
        var adminsOf = admins.addressesOf(organisations.stream().map(Told::organisation).toList());
        Map<String, Set<String>> result = new java.util.LinkedHashMap<>();
        for (Told t : organisations) {
            Set<String> to = new LinkedHashSet<>();
            if (t.contact() != null && !t.contact().isBlank()) {
                to.add(t.contact().strip().toLowerCase(Locale.ROOT));
            }
            adminsOf.getOrDefault(t.organisation(), List.of()).forEach(a -> to.add(a.toLowerCase(Locale.ROOT)));
            result.put(t.organisation(), to);
        }
        return result;
    }

    /** Queues the notice's mail to every address of the organisation; answers how many went. */
    int tell(SecurityNotice notice, Told organisation, Set<String> addresses, Integer reminderDays) {
        for (String address : addresses) {
            outbox.queue(new OutgoingMail(address, subject(notice, reminderDays), text(notice, organisation, reminderDays),
                    Map.of(), "security-notice:" + notice.getId() + ":" + organisation.organisation()));
        }
        return addresses.size();
    }

    private String subject(SecurityNotice n, Integer reminderDays) {
        Object[] args = {n.getProduct().getName(), n.getTitle(), reminderDays};
        String key = reminderDays == null ? "security.mail.subject" : "security.mail.reminder.subject";
        return messages.getMessage(key, args, DANISH) + " / " + messages.getMessage(key, args, Locale.ENGLISH);
    }

    private String text(SecurityNotice n, Told t, Integer reminderDays) {
        return body(n, t, reminderDays, DANISH) + "\n---\n" + body(n, t, reminderDays, Locale.ENGLISH);
    }

    private String body(SecurityNotice n, Told t, Integer reminderDays, Locale locale) {
        String link = properties.baseUrl() + "/sikkerhed/" + n.getId();
        String statusLink = link + "/status/" + t.organisation();
        String version = t.version() == null || t.version().isBlank()
                ? messages.getMessage("security.mail.noVersion", null, locale) : t.version();
        String fixed = n.getFixedVersion() == null ? messages.getMessage("security.mail.noFix", null, locale)
                : n.getFixedVersion();
        String severity = messages.getMessage("security.severity." + n.getSeverity().code(), null, locale);
        StringBuilder text = new StringBuilder();
        text.append(messages.getMessage("security.mail.greeting", null, locale)).append("\n\n");
        if (reminderDays != null) {
            text.append(messages.getMessage("security.mail.reminder", new Object[] {reminderDays}, locale)).append("\n\n");
        }
        text.append(messages.getMessage(Version.readable(t.version()).isPresent() ? "security.mail.affected"
                : "security.mail.possiblyAffected", new Object[] {t.organisationName(), n.getProduct().getName(), version},
                locale)).append("\n\n");
        text.append("  ").append(n.getTitle()).append("\n\n");
        text.append(messages.getMessage("security.mail.facts", new Object[] {severity, n.getAffectedRange(), version, fixed},
                locale)).append("\n");
        if (!n.getAliases().isEmpty()) {
            text.append(messages.getMessage("security.mail.aliases", new Object[] {String.join(", ", n.getAliases())},
                    locale)).append("\n");
        }
        text.append("\n").append(messages.getMessage("security.mail.read", new Object[] {link}, locale)).append("\n\n");
        text.append(messages.getMessage("security.mail.status", new Object[] {statusLink}, locale)).append("\n\n");
        text.append(messages.getMessage("security.mail.why", new Object[] {t.organisationName()}, locale)).append("\n");
        return text.toString();
    }
}
