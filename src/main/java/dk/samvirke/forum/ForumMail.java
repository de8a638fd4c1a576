package dk.samvirke.forum;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** A person's choice of forum e-mail, changed through the signed link in every e-mail, no sign-in needed. */
@Service
public class ForumMail {

    private final UnsubscribeLinks links;
    private final MailPreferences preferences;
    private final ForumMailer mailer;

    ForumMail(UnsubscribeLinks links, MailPreferences preferences, ForumMailer mailer) {
        this.links = links;
        this.preferences = preferences;
        this.mailer = mailer;
    }

    /** The address a link's token was made for, when genuine. */
    public Optional<String> addressOf(String token) {
        return links.verify(token);
    }

    public Delivery deliveryOf(String address) {
        return preferences.of(address);
    }

    public Optional<String> choose(String token, Delivery delivery) {
        var address = links.verify(token);
        address.ifPresent(a -> preferences.set(a, delivery));
        return address;
    }

    /** The token for a signed-in person's own settings page. */
    public String tokenFor(String address) {
        return links.tokenFor(address);
    }

    /** Sends every digest due now; the scheduler calls it daily. Answers how many e-mails went. */
    public int sendDigests() {
        return mailer.sendDigests();
    }
}
