package dk.samvirke.web.events;

import dk.samvirke.accounts.Role;
import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.catalogue.Products;
import dk.samvirke.events.EventDetails;
import dk.samvirke.events.EventExceptions.EventConflictException;
import dk.samvirke.events.EventExceptions.InvalidEventException;
import dk.samvirke.events.EventKind;
import dk.samvirke.events.EventManagement;
import dk.samvirke.events.EventPolicy;
import dk.samvirke.events.EventRequest;
import dk.samvirke.shared.VersionConflictException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Creating, editing and cancelling an event on pages (administrators, product managers for their products'
 * events, a body's organisers): the same rules as the API ({@code EventRules}), each problem by its field.
 */
@Controller
class EventForms {

    private final EventManagement management;
    private final EventPolicy policy;
    private final Products products;

    EventForms(EventManagement management, EventPolicy policy, Products products) {
        this.management = management;
        this.policy = policy;
        this.products = products;
    }

    /** What the form holds, as text. {@code organisers} one address per line. */
    record EventForm(String key, String title, String titleEn, String kind, String starts, String ends, String product,
            String location, String onlineUrl, String capacity, String signupCloses, String description,
            String organisers, Long version) {

        static EventForm empty() {
            return new EventForm("", "", "", "meeting", "", "", "", "", "", "", "", "", "", null);
        }

        static EventForm of(String key, EventDetails d, long version) {
            return new EventForm(key, d.title(), d.titleEn(), d.kind().code(), text(d.starts()), text(d.ends()), d.product(),
                    d.location(), d.onlineUrl(), d.capacity() == null ? "" : d.capacity().toString(), text(d.signupCloses()),
                    d.description(), String.join("\n", d.organisers()), version);
        }

        EventRequest request(String body) {
            List<String> list = organisers == null || organisers.isBlank() ? List.of()
                    : Arrays.stream(organisers.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
            return new EventRequest(key, title, titleEn, kind, starts, ends, product, body, location, onlineUrl, capacity,
                    signupCloses, description, list);
        }

        private static String text(java.time.LocalDateTime t) {
            return t == null ? "" : t.toString();
        }
    }

    /** Whether the link to a new event shows: administrators and product managers. */
    static boolean mayCreateSome(SignedInUser user) {
        return user != null && (user.isAdmin() || user.grants().stream().anyMatch(g -> g.role() == Role.PRODUCT_MANAGER));
    }

    @GetMapping("/arrangementer/nyt")
    String newForm(Model model) {
        var user = signedIn();
        if (!mayCreateSome(user)) {
            throw new AccessDeniedException("Only administrators and product managers create events");
        }
        return form(model, user, EventForm.empty(), Map.of(), true, null);
    }

    @PostMapping("/arrangementer/nyt")
    String create(EventForm form, Model model) {
        var user = signedIn();
        try {
            var event = management.create(user, form.request(null));
            return "redirect:/arrangementer/" + UriUtils.encodePathSegment(event.getKey(), StandardCharsets.UTF_8);
        } catch (InvalidEventException e) {
            return form(model, user, form, e.problems(), true, null);
        } catch (EventConflictException e) {
            return form(model, user, form, Map.of("key", "exists"), true, null);
        }
    }

    @GetMapping("/arrangementer/{key}/rediger")
    String editForm(@PathVariable String key, Model model) {
        var user = signedIn();
        var event = management.event(key);
        if (!policy.mayManage(user, event)) {
            throw new AccessDeniedException("Only the event's managers edit it");
        }
        return form(model, user, EventForm.of(key, event.details(), event.getVersion()), Map.of(), false, event.getBodyKey());
    }

    @PostMapping("/arrangementer/{key}/rediger")
    String update(@PathVariable String key, EventForm form, Model model) {
        var user = signedIn();
        var event = management.event(key);
        var withKey = new EventForm(key, form.title(), form.titleEn(), form.kind(), form.starts(), form.ends(), form.product(),
                form.location(), form.onlineUrl(), form.capacity(), form.signupCloses(), form.description(),
                form.organisers(), form.version());
        try {
            management.update(user, key, withKey.request(event.getBodyKey()), form.version());
            return "redirect:/arrangementer/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8) + "?notice=saved";
        } catch (InvalidEventException e) {
            return form(model, user, withKey, e.problems(), false, event.getBodyKey());
        } catch (VersionConflictException e) {
            model.addAttribute("conflict", true);
            var fresh = management.event(key);
            return form(model, user, EventForm.of(key, fresh.details(), fresh.getVersion()), Map.of(), false,
                    fresh.getBodyKey());
        }
    }

    @PostMapping("/arrangementer/{key}/aflys")
    String cancel(@PathVariable String key, @RequestParam(required = false) Long version) {
        var user = signedIn();
        try {
            management.cancel(user, key, version);
            return "redirect:/arrangementer/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8) + "?notice=cancelled-now";
        } catch (VersionConflictException e) {
            return "redirect:/arrangementer/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8) + "?notice=changed";
        }
    }

    private String form(Model model, SignedInUser user, EventForm form, Map<String, String> problems, boolean isNew,
            String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.keySet().forEach(field -> errors.put(field, "events.form.error." + field));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("isNew", isNew);
        model.addAttribute("body", body);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("products", products.findAll(Sort.by("name")).stream()
                .filter(p -> user.isAdmin() || user.manages(p.getKey()) || p.getKey().equals(form.product()))
                .map(p -> Map.of("key", p.getKey(), "name", p.getName())).toList());
        model.addAttribute("mayAssociation", user.isAdmin());
        return "events/form";
    }

    private static SignedInUser signedIn() {
        return SignedInUser.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
