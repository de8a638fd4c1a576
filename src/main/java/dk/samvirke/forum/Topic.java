package dk.samvirke.forum;

import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneOffset;

/** A question or a discussion in one category; its first post is the opening text. */
@Entity
@Table(name = "forum_topic")
public class Topic extends AbstractEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private ForumCategory category;

    private TopicKind kind;
    private String title;

    @Embedded
    private Author author;

    @Column(name = "accepted_post_id")
    private Long acceptedPostId;

    private boolean pinned;
    private boolean locked;
    private boolean hidden;

    @Column(name = "last_activity_at")
    private LocalDateTime lastActivityAt;

    /**
     * Never read here: it tells the search index which posts to reindex when the topic is renamed or
     * hidden (the posts' documents carry the topic's title and whether it is hidden).
     */
    @OneToMany(mappedBy = "topic")
    private List<Post> posts = new ArrayList<>();

    protected Topic() {
    }

    Topic(ForumCategory category, TopicKind kind, String title, Author author) {
        this.category = category;
        this.kind = kind;
        this.title = title;
        this.author = author;
        this.lastActivityAt = now();
    }

    void replied() {
        lastActivityAt = now();
    }

    /** Only a question has an accepted answer, and never its own opening post. */
    void accept(Post post, boolean openingPost) {
        if (kind != TopicKind.QUESTION) {
            throw new ForumRequestException("kind", "Only a question has an accepted answer");
        }
        if (post.getTopic() != this || openingPost) {
            throw new ForumRequestException("post", "Only a reply to this question can be its answer");
        }
        acceptedPostId = post.getId();
    }

    void unaccept() {
        acceptedPostId = null;
    }

    void moderate(Boolean hidden, Boolean locked, Boolean pinned) {
        if (hidden != null) {
            this.hidden = hidden;
        }
        if (locked != null) {
            this.locked = locked;
        }
        if (pinned != null) {
            this.pinned = pinned;
        }
    }

    void moveTo(ForumCategory target) {
        this.category = target;
    }

    void retitle(String title) {
        this.title = title;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public ForumCategory getCategory() {
        return category;
    }

    public TopicKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    /** {@link Author#DELETED} once the author's account is deleted (the embedded columns are then all empty). */
    public Author getAuthor() {
        return author == null ? Author.DELETED : author;
    }

    public Long getAcceptedPostId() {
        return acceptedPostId;
    }

    public boolean isSolved() {
        return acceptedPostId != null;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isHidden() {
        return hidden;
    }

    public LocalDateTime getLastActivityAt() {
        return lastActivityAt;
    }

    @Override
    public String auditType() {
        return "forum-topic";
    }

    @Override
    public String auditKey() {
        return String.valueOf(getId());
    }

    @Override
    public java.util.Set<String> personalFields() {
        return java.util.Set.of("author");
    }
}
