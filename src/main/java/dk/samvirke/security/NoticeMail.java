package dk.samvirke.security;

import dk.samvirke.accounts.AccountLanguages;
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
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Tells an organisation about a notice (§10): one e-mail to each address of the usage's contact and the
 * organisation's admins, each address once, naming the notice, the version the organisation runs, the fixed
 * version and a link. In the language the address's account last chose on the site ({@link AccountLanguages});
 * Danish first and English below for an address without one (a usage's contact need not have an account). A
 * Thymeleaf text template ({@code templates/security/mail/notice.txt}) with the bundles' {@code security.mail.*}
 * texts, once per language. Through the outbox, in the caller's transaction: nothing is sent if it rolls back.
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
    private final ITemplateEngine templates;
    private final AccountLanguages languages;

    NoticeMail(Outbox outbox, OrganisationAdmins admins, MessageSource messages, SamvirkeProperties properties,
            ITemplateEngine templates, AccountLanguages languages) {
        this.languages = languages;
        this.outbox = outbox;
        this.admins = admins;
        this.messages = messages;
        this.properties = properties;
        this.templates = templates;
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
        Map<String, Locale> chosen = languages.of(addresses);
        for (String address : addresses) {
            Locale language = chosen.get(address);
            outbox.queue(new OutgoingMail(address, subject(notice, reminderDays, language),
                    text(notice, organisation, reminderDays, language), Map.of(),
                    "security-notice:" + notice.getId() + ":" + organisation.organisation()));
        }
        return addresses.size();
    }

    /** In {@code language}; null: Danish, then English. */
    private String subject(SecurityNotice n, Integer reminderDays, Locale language) {
        Object[] args = {n.getProduct().getName(), n.getTitle(), reminderDays};
        String key = reminderDays == null ? "security.mail.subject" : "security.mail.reminder.subject";
        return language != null ? messages.getMessage(key, args, language)
                : messages.getMessage(key, args, DANISH) + " / " + messages.getMessage(key, args, Locale.ENGLISH);
    }

    private String text(SecurityNotice n, Told t, Integer reminderDays, Locale language) {
        return language != null ? body(n, t, reminderDays, language)
                : body(n, t, reminderDays, DANISH) + "\n---\n" + body(n, t, reminderDays, Locale.ENGLISH);
    }

    private String body(SecurityNotice n, Told t, Integer reminderDays, Locale locale) {
        String link = properties.baseUrl() + "/sikkerhed/" + n.getId();
        var context = new Context(locale);
        context.setVariable("reminderDays", reminderDays);
        context.setVariable("leadKey", Version.readable(t.version()).isPresent() ? "security.mail.affected"
                : "security.mail.possiblyAffected");
        context.setVariable("organisation", t.organisationName());
        context.setVariable("product", n.getProduct().getName());
        context.setVariable("version", t.version() == null || t.version().isBlank() ? null : t.version());
        context.setVariable("title", n.getTitle());
        context.setVariable("severityKey", "security.severity." + n.getSeverity().code());
        context.setVariable("range", n.getAffectedRange());
        context.setVariable("fixed", n.getFixedVersion());
        context.setVariable("aliases", n.getAliases().isEmpty() ? null : String.join(", ", n.getAliases()));
        context.setVariable("link", link);
        context.setVariable("statusLink", link + "/status/" + t.organisation());
        return templates.process("security/mail/notice", context);
    }
}
