package dk.samvirke.forum.web;

import static dk.samvirke.forum.web.ForumPages.user;

import dk.samvirke.forum.ForumManagement;
import dk.samvirke.forum.ForumModeration;
import dk.samvirke.forum.ForumNotFoundException;
import dk.samvirke.forum.ForumQueries;
import dk.samvirke.forum.ForumRequestException;
import dk.samvirke.forum.ForumRequests.Moderation;
import dk.samvirke.forum.ForumRequests.NewTopic;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forum's forms. Each works as a plain POST that redirects back (no JavaScript needed); asked by
 * htmx, replying and liking answer only the changed part of the page instead.
 */
@Controller
class ForumActions {

    private static final String SIGN_IN = "redirect:/login";

    private final ForumManagement management;
    private final ForumModeration moderation;
    private final ForumQueries queries;

    ForumActions(ForumManagement management, ForumModeration moderation, ForumQueries queries) {
        this.management = management;
        this.moderation = moderation;
        this.queries = queries;
    }

    /** The form a new topic is written in; {@code kategori} preselects a category. */
    record TopicForm(String category, String kind, String title, String body, String tags) {
    }

    @GetMapping("/forum/ny")
    String newTopic(@RequestParam(name = "kategori", required = false) String category, Locale locale, Model model) {
        if (user() == null) {
            return SIGN_IN;
        }
        model.addAttribute("form", new TopicForm(category, "question", "", "", ""));
        model.addAttribute("categories", queries.categories(locale).stream()
                .filter(c -> queries.mayStartTopicIn(user(), c.key())).toList());
        return "forum/new";
    }

    @PostMapping("/forum/ny")
    String startTopic(TopicForm form, Locale locale, Model model) {
        if (user() == null) {
            return SIGN_IN;
        }
        List<String> tags = form.tags() == null || form.tags().isBlank() ? List.of()
                : Arrays.stream(form.tags().split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        try {
            var started = management.startTopic(user(), new NewTopic(form.category(), form.kind(), form.title(),
                    form.body(), tags));
            return "redirect:/forum/topics/" + started.topicId();
        } catch (ForumRequestException e) {
            model.addAttribute("form", form);
            model.addAttribute("error", e);
            model.addAttribute("categories", queries.categories(locale).stream()
                    .filter(c -> queries.mayStartTopicIn(user(), c.key())).toList());
            return "forum/new";
        }
    }

    @PostMapping("/forum/topics/{id}/svar")
    String reply(@PathVariable long id, @RequestParam(required = false) String body, HtmxRequest htmx, Locale locale,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (user() == null) {
            return SIGN_IN;
        }
        try {
            long post = management.reply(user(), id, body);
            if (htmx.isHtmxRequest()) {
                model.addAttribute("post", queries.post(user(), post, locale).orElseThrow());
                model.addAttribute("topic", queries.topic(user(), id, locale).orElseThrow());
                return "forum/_post :: reply-added";
            }
            return "redirect:/forum/topics/" + id + "#post-" + post;
        } catch (ForumRequestException e) {
            if (htmx.isHtmxRequest()) {
                response.setHeader("HX-Retarget", "#reply-error");
                response.setHeader("HX-Reswap", "innerHTML");
                return "forum/_post :: reply-error";
            }
            redirect.addFlashAttribute("replyError", true);
            return "redirect:/forum/topics/" + id + "#svar";
        }
    }

    @PostMapping("/forum/indlaeg/{id}/like")
    String like(@PathVariable long id, @RequestParam(defaultValue = "true") boolean like, HtmxRequest htmx,
            Locale locale, Model model) {
        if (user() == null) {
            return SIGN_IN;
        }
        long topic = management.like(user(), id, like);
        if (htmx.isHtmxRequest()) {
            model.addAttribute("post", queries.post(user(), id, locale).orElseThrow());
            return "forum/_post :: like";
        }
        return "redirect:/forum/topics/" + topic + "#post-" + id;
    }

    @PostMapping("/forum/indlaeg/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(defaultValue = "true") boolean accepted) {
        if (user() == null) {
            return SIGN_IN;
        }
        long topic = management.accept(user(), id, accepted);
        return "redirect:/forum/topics/" + topic + "#post-" + id;
    }

    @GetMapping("/forum/indlaeg/{id}/rediger")
    String editForm(@PathVariable long id, Locale locale, Model model) {
        if (user() == null) {
            return SIGN_IN;
        }
        var post = queries.post(user(), id, locale).filter(p -> p.mayEdit())
                .orElseThrow(() -> new ForumNotFoundException("post " + id));
        model.addAttribute("post", post);
        model.addAttribute("revisions", queries.revisions(user(), id));
        return "forum/edit";
    }

    @PostMapping("/forum/indlaeg/{id}/rediger")
    String edit(@PathVariable long id, @RequestParam(required = false) String body, RedirectAttributes redirect) {
        if (user() == null) {
            return SIGN_IN;
        }
        try {
            long topic = management.edit(user(), id, body);
            return "redirect:/forum/topics/" + topic + "#post-" + id;
        } catch (ForumRequestException e) {
            redirect.addFlashAttribute("editError", true);
            return "redirect:/forum/indlaeg/" + id + "/rediger";
        }
    }

    @PostMapping("/forum/indlaeg/{id}/anmeld")
    String flag(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (user() == null) {
            return SIGN_IN;
        }
        long topic = management.flag(user(), id, reason == null ? null : reason.strip());
        redirect.addFlashAttribute("flagged", id);
        return "redirect:/forum/topics/" + topic + "#post-" + id;
    }

    @PostMapping("/forum/topics/{id}/foelg")
    String watchTopic(@PathVariable long id, @RequestParam boolean watch) {
        if (user() == null) {
            return SIGN_IN;
        }
        management.watchTopic(user(), id, watch);
        return "redirect:/forum/topics/" + id;
    }

    @PostMapping("/forum/kategorier/{key}/foelg")
    String watchCategory(@PathVariable String key, @RequestParam boolean watch) {
        if (user() == null) {
            return SIGN_IN;
        }
        management.watchCategory(user(), key, watch);
        return "redirect:/forum/kategorier/" + key;
    }

    @PostMapping("/forum/produkter/{key}/foelg")
    String watchProduct(@PathVariable String key, @RequestParam boolean watch) {
        if (user() == null) {
            return SIGN_IN;
        }
        management.watchProduct(user(), key, watch);
        return "redirect:/produkter/" + key;
    }

    @PostMapping("/forum/topics/{id}/moderer")
    String moderate(@PathVariable long id, @RequestParam(required = false) Boolean hidden,
            @RequestParam(required = false) Boolean locked, @RequestParam(required = false) Boolean pinned,
            @RequestParam(required = false) String category) {
        if (user() == null) {
            return SIGN_IN;
        }
        moderation.moderateTopic(user(), id, new Moderation(hidden, locked, pinned, category));
        return "redirect:/forum/topics/" + id;
    }

    @PostMapping("/forum/indlaeg/{id}/skjul")
    String hidePost(@PathVariable long id, @RequestParam boolean hidden,
            @RequestParam(required = false) String back) {
        if (user() == null) {
            return SIGN_IN;
        }
        long topic = moderation.hidePost(user(), id, hidden);
        return "queue".equals(back) ? "redirect:/forum/moderation" : "redirect:/forum/topics/" + topic + "#post-" + id;
    }

    @PostMapping("/forum/anmeldelser/{id}/afvis")
    String dismiss(@PathVariable long id) {
        if (user() == null) {
            return SIGN_IN;
        }
        moderation.dismissFlag(user(), id);
        return "redirect:/forum/moderation";
    }
}
