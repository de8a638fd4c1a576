package dk.samvirke.web.history;

import dk.samvirke.accounts.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** "Who changed this?" for one record, for anyone signed in; actors appear by name, never by e-mail address. */
@Controller
class HistoryController {

    private final HistoryViews history;

    HistoryController(HistoryViews history) {
        this.history = history;
    }

    @GetMapping({"/historik/{type}/{id}", "/history/{type}/{id}"})
    ModelAndView record(@PathVariable String type, @PathVariable long id) {
        var user = SignedInUser.current();
        if (user.isEmpty()) {
            return PageAccess.signIn();
        }
        var entries = history.ofRecord(type, id, user.get().isAdmin());
        if (entries.isEmpty()) {
            return PageAccess.notFound();
        }
        return new ModelAndView("history/record")
                .addObject("recordType", type)
                .addObject("recordKey", entries.get(0).recordKey())
                .addObject("keyWithheld", entries.get(0).keyWithheld())
                .addObject("entries", entries);
    }
}
