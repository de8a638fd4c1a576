package dk.samvirke.forum.web;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.forum.ForumManagement;
import dk.samvirke.forum.ForumModeration;
import dk.samvirke.forum.ForumNotFoundException;
import dk.samvirke.forum.ForumPolicy;
import dk.samvirke.forum.ForumQueries;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The forum's reading pages; anonymous readers see everything that is not hidden. */
@Controller
class ForumPages {

    static final int PAGE_SIZE = 20;

    private final ForumQueries queries;
    private final ForumManagement management;
    private final ForumModeration moderation;
    private final ForumPolicy policy;

    ForumPages(ForumQueries queries, ForumManagement management, ForumModeration moderation, ForumPolicy policy) {
        this.queries = queries;
        this.management = management;
        this.moderation = moderation;
        this.policy = policy;
    }

    @GetMapping("/forum")
    String front(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        var user = user();
        model.addAttribute("categories", queries.categories(locale));
        model.addAttribute("latest", queries.latest(user, Math.max(0, page), PAGE_SIZE, locale));
        model.addAttribute("unanswered", queries.unanswered(user, 0, 10, locale));
        model.addAttribute("signedIn", user != null);
        model.addAttribute("moderator", moderationVisible(user));
        return "forum/index";
    }

    @GetMapping("/forum/kategorier/{key}")
    String category(@PathVariable String key, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        var user = user();
        var category = queries.category(key, locale).orElseThrow(() -> new ForumNotFoundException("category " + key));
        model.addAttribute("category", category);
        model.addAttribute("topics", queries.inCategory(user, key, Math.max(0, page), PAGE_SIZE, locale));
        model.addAttribute("signedIn", user != null);
        model.addAttribute("mayStart", queries.mayStartTopicIn(user, key));
        model.addAttribute("watching", queries.isWatchingCategory(user, key));
        return "forum/category";
    }

    @GetMapping("/forum/tags/{tag}")
    String tag(@PathVariable String tag, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        model.addAttribute("tag", tag);
        model.addAttribute("topics", queries.tagged(user(), tag, Math.max(0, page), PAGE_SIZE, locale));
        return "forum/tag";
    }

    @GetMapping("/forum/topics/{id}")
    String topic(@PathVariable long id, Locale locale, Model model) {
        var user = user();
        var topic = queries.topic(user, id, locale).orElseThrow(() -> new ForumNotFoundException("topic " + id));
        management.markRead(user, id);
        model.addAttribute("topic", topic);
        return "forum/topic";
    }

    @GetMapping("/forum/personer/{accountId}")
    String activity(@PathVariable long accountId, @RequestParam(defaultValue = "0") int page, Locale locale,
            Model model) {
        String name = queries.authorName(accountId).orElseThrow(() -> new ForumNotFoundException("person " + accountId));
        model.addAttribute("name", name);
        model.addAttribute("topics", queries.byAuthor(user(), accountId, Math.max(0, page), PAGE_SIZE, locale));
        return "forum/activity";
    }

    @GetMapping("/forum/moderation")
    String reports(Model model) {
        model.addAttribute("flags", moderation.reportQueue(user()));
        return "forum/moderation";
    }

    private boolean moderationVisible(SignedInUser user) {
        return policy.mayModerateAnything(user);
    }

    static SignedInUser user() {
        return SignedInUser.current().orElse(null);
    }
}
