package dk.samvirke.mail;

import java.util.Map;

/**
 * One e-mail to one person: plain text, Danish first and English below as every mail of Samvirke is.
 *
 * @param reference what the mail is about, for asking its state later ({@code invitation:anne@aarhus.dk}); may be null
 * @param headers   extra headers, such as {@code List-Unsubscribe}
 */
public record OutgoingMail(String to, String subject, String text, Map<String, String> headers, String reference) {

    public OutgoingMail {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static OutgoingMail of(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, Map.of(), null);
    }

    public OutgoingMail about(String reference) {
        return new OutgoingMail(to, subject, text, headers, reference);
    }
}
