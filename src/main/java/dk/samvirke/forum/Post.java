package dk.samvirke.forum;

import dk.samvirke.shared.AbstractEntity;
import dk.samvirke.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One message in a topic, in Markdown as written; it is rendered and sanitised whenever it is shown. */
@Entity
@Table(name = "forum_post")
public class Post extends AbstractEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @Embedded
    private Author author;

    private String body;
    private boolean hidden;

    @Column(name = "edited_at")
    private LocalDateTime editedAt;

    protected Post() {
    }

    Post(Topic topic, Author author, String body) {
        this.topic = topic;
        this.author = author;
        this.body = body;
    }

    void edit(String newBody) {
        this.body = newBody;
        this.editedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    public Topic getTopic() {
        return topic;
    }

    /** {@link Author#DELETED} once the author's account is deleted (the embedded columns are then all empty). */
    public Author getAuthor() {
        return author == null ? Author.DELETED : author;
    }

    public String getBody() {
        return body;
    }

    public boolean isHidden() {
        return hidden;
    }

    public LocalDateTime getEditedAt() {
        return editedAt;
    }

    @Override
    public String auditType() {
        return "forum-post";
    }

    @Override
    public String auditKey() {
        return topic.getId() + "/" + getId();
    }

    @Override
    public java.util.Set<String> personalFields() {
        return java.util.Set.of("author");
    }
}
