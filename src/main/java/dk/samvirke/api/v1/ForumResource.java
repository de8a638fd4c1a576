package dk.samvirke.api.v1;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.forum.ForumManagement;
import dk.samvirke.forum.ForumModeration;
import dk.samvirke.forum.ForumNotFoundException;
import dk.samvirke.forum.ForumQueries;
import dk.samvirke.forum.ForumRequests.Moderation;
import dk.samvirke.forum.ForumRequests.NewPost;
import dk.samvirke.forum.ForumRequests.NewTopic;
import dk.samvirke.forum.ForumViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The forum of interfaces.md §7: categories, topics and posts; writes as a signed-in person. */
@RestController
@RequestMapping("/api/v1/forum")
@Tag(name = "Forum", description = "Questions and discussions, per product and association-wide")
class ForumResource {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final ForumQueries queries;
    private final ForumManagement management;
    private final ForumModeration moderation;

    ForumResource(ForumQueries queries, ForumManagement management, ForumModeration moderation) {
        this.queries = queries;
        this.management = management;
        this.moderation = moderation;
    }

    record CategoryRepresentation(String key, String name, Map<String, String> names, String product,
            boolean restricted, long topics) {
    }

    record PostRepresentation(long id, String author, String html, LocalDateTime createdAt, LocalDateTime editedAt,
            long likes, boolean accepted) {
    }

    record TopicRepresentation(long id, String title, String kind, String category, Long acceptedPost, boolean locked,
            boolean pinned, List<String> tags, String url, List<PostRepresentation> posts) {
    }

    record TopicSummaryRepresentation(long id, String title, String kind, String category, boolean solved,
            long replies, LocalDateTime lastActivityAt, String url) {
    }

    record Created(long id, String url) {
    }

    record PostCreated(long id, long topic, String url) {
    }

    record Accepted(long topic, Long acceptedPost) {
    }

    @GetMapping("/categories")
    @Operation(summary = "Categories: association-wide ones (general, announcements, …) and product:{key} for each product. "
            + "All of them unless size is given.")
    PageResponse<CategoryRepresentation> categories(@RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        var all = queries.categories(DANISH).stream().map(c -> new CategoryRepresentation(c.key(), c.nameDa(),
                Map.of("da", c.nameDa(), "en", c.nameEn()), c.productKey(), c.restricted(), c.topics())).toList();
        return PageResponse.of(all, new PageRequestParams(page, size == null ? Math.max(1, all.size()) : size));
    }

    @GetMapping("/topics")
    @Operation(summary = "Topics, latest activity first")
    PageResponse<TopicSummaryRepresentation> topics(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String category) {
        var params = new PageRequestParams(page, size);
        var user = SignedInUser.current().orElse(null);
        var list = category == null ? queries.latest(user, page, params.size(), DANISH)
                : queries.inCategory(user, category, page, params.size(), DANISH);
        return new PageResponse<>(list.topics().stream().map(t -> new TopicSummaryRepresentation(t.id(), t.title(),
                t.kind(), t.categoryKey(), t.solved(), t.replies(), t.lastActivityAt(), topicUrl(t.id()))).toList(),
                page, params.size(), list.total());
    }

    @PostMapping("/topics")
    @Operation(summary = "Start a topic (signed in): {category, kind: question|discussion, title, body (Markdown), tags?}")
    ResponseEntity<Created> start(@RequestBody NewTopic request) {
        var started = management.startTopic(user(), request);
        String url = topicUrl(started.topicId());
        return ResponseEntity.created(java.net.URI.create(url)).body(new Created(started.topicId(), url));
    }

    @GetMapping("/topics/{id}")
    @Operation(summary = "A topic with its posts, oldest first; html is the rendered, sanitised Markdown")
    TopicRepresentation topic(@PathVariable long id) {
        var page = queries.topic(SignedInUser.current().orElse(null), id, DANISH)
                .orElseThrow(() -> new ForumNotFoundException("topic " + id));
        return representation(page);
    }

    @PostMapping("/topics/{id}/posts")
    @Operation(summary = "Reply (signed in): {body} in Markdown")
    ResponseEntity<PostCreated> reply(@PathVariable long id, @RequestBody NewPost request) {
        long post = management.reply(user(), id, request.body());
        return ResponseEntity.status(HttpStatus.CREATED).body(new PostCreated(post, id, topicUrl(id) + "#post-" + post));
    }

    @PostMapping("/posts/{id}/accept")
    @Operation(summary = "Accept a reply as the question's answer: the asker, the product's manager or an admin")
    Accepted accept(@PathVariable long id) {
        long topic = management.accept(user(), id, true);
        return new Accepted(topic, id);
    }

    @DeleteMapping("/posts/{id}/accept")
    @Operation(summary = "Withdraw the acceptance")
    Accepted unaccept(@PathVariable long id) {
        long topic = management.accept(user(), id, false);
        return new Accepted(topic, null);
    }

    @PutMapping("/posts/{id}")
    @Operation(summary = "Edit a post (its author or a moderator); the previous text is kept in its history")
    ResponseEntity<Void> edit(@PathVariable long id, @RequestBody NewPost request) {
        management.edit(user(), id, request.body());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/posts/{id}/likes")
    @Operation(summary = "Like a post (signed in; liking again changes nothing)")
    ResponseEntity<Void> like(@PathVariable long id) {
        management.like(user(), id, true);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/posts/{id}/likes")
    @Operation(summary = "Take back one's like of a post")
    ResponseEntity<Void> unlike(@PathVariable long id) {
        management.like(user(), id, false);
        return ResponseEntity.noContent().build();
    }

    record FlagRequest(String reason) {
    }

    @PostMapping("/posts/{id}/flags")
    @Operation(summary = "Report a post to the moderators (signed in)")
    ResponseEntity<Void> flag(@PathVariable long id, @RequestBody(required = false) FlagRequest request) {
        management.flag(user(), id, request == null ? null : request.reason());
        return ResponseEntity.accepted().build();
    }

    record HideRequest(boolean hidden) {
    }

    @PostMapping("/posts/{id}/hidden")
    @Operation(summary = "Hide or show a post (moderators: admins and the product's managers)")
    ResponseEntity<Void> hidePost(@PathVariable long id, @RequestBody HideRequest request) {
        moderation.hidePost(user(), id, request.hidden());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/topics/{id}/moderation")
    @Operation(summary = "Hide, lock, pin or move a topic (moderators): {hidden?, locked?, pinned?, category?}")
    ResponseEntity<Void> moderate(@PathVariable long id, @RequestBody Moderation request) {
        moderation.moderateTopic(user(), id, request);
        return ResponseEntity.noContent().build();
    }

    /** {@code watching} is required: a body without it is a 422 naming the field, not a silent "stop". */
    record WatchRequest(Boolean watching) {

        boolean on() {
            if (watching == null) {
                throw new dk.samvirke.shared.InvalidFieldsException("watch request",
                        java.util.Map.of("watching", "is required: true to follow, false to stop"));
            }
            return watching;
        }
    }

    @PutMapping("/topics/{id}/watch")
    @Operation(summary = "Follow a topic, or stop: e-mail about new replies")
    ResponseEntity<Void> watchTopic(@PathVariable long id, @RequestBody WatchRequest request) {
        management.watchTopic(user(), id, request.on());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/categories/{key}/watch")
    @Operation(summary = "Follow a category, or stop: e-mail about new topics in it")
    ResponseEntity<Void> watchCategory(@PathVariable String key, @RequestBody WatchRequest request) {
        management.watchCategory(user(), key, request.on());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/products/{key}/watch")
    @Operation(summary = "Follow a product, or stop: e-mail about new topics in its category")
    ResponseEntity<Void> watchProduct(@PathVariable String key, @RequestBody WatchRequest request) {
        management.watchProduct(user(), key, request.on());
        return ResponseEntity.noContent().build();
    }

    private static TopicRepresentation representation(ForumViews.TopicPage page) {
        return new TopicRepresentation(page.id(), page.title(), page.kind(), page.categoryKey(), page.acceptedPostId(),
                page.locked(), page.pinned(), page.tags(), topicUrl(page.id()),
                page.posts().stream().map(p -> new PostRepresentation(p.id(), p.authorName(), p.html(), p.createdAt(),
                        p.editedAt(), p.likes(), p.accepted())).toList());
    }

    /** Absolute, on the address the client used: a script can follow it as it is. */
    private static String topicUrl(long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/forum/topics/{id}").buildAndExpand(id)
                .toUriString();
    }

    private static SignedInUser user() {
        return SignedInUser.current().orElse(null);
    }
}
