package dk.samvirke.forum.web;

import dk.samvirke.forum.Delivery;
import dk.samvirke.forum.ForumMail;
import dk.samvirke.shared.CodedEnum;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The forum e-mails' opt-out, from the signed link in every e-mail, without signing in. Opening the
 * link changes nothing (mail scanners open links); the button on the page does.
 */
@Controller
class UnsubscribePage {

    private final ForumMail mail;

    UnsubscribePage(ForumMail mail) {
        this.mail = mail;
    }

    @GetMapping("/forum/afmeld")
    String page(@RequestParam(required = false) String token, Model model) {
        String address = mail.addressOf(token).orElseThrow(UnsubscribePage::invalid);
        model.addAttribute("token", token);
        model.addAttribute("address", address);
        model.addAttribute("delivery", mail.deliveryOf(address).code());
        return "forum/unsubscribe";
    }

    @PostMapping("/forum/afmeld")
    String choose(@RequestParam(required = false) String token, @RequestParam String delivery, Model model) {
        var chosen = CodedEnum.fromCode(Delivery.class, delivery)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        String address = mail.choose(token, chosen).orElseThrow(UnsubscribePage::invalid);
        model.addAttribute("token", token);
        model.addAttribute("address", address);
        model.addAttribute("delivery", chosen.code());
        model.addAttribute("saved", true);
        return "forum/unsubscribe";
    }

    /** Signed-in people reach their own settings the same way. */
    @GetMapping("/forum/indstillinger")
    String own() {
        var user = ForumPages.user();
        if (user == null || user.email() == null || !user.email().contains("@")) {
            return "redirect:/login";
        }
        return "redirect:/forum/afmeld?token=" + mail.tokenFor(user.email());
    }

    private static ResponseStatusException invalid() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "The link is not valid");
    }
}
