package dk.samvirke.events;

import dk.samvirke.catalogue.Product;
import dk.samvirke.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A meeting, workshop, conference or webinar (interfaces.md §11). Times are local in Europe/Copenhagen. */
@Entity
@Table(name = "event")
public class Event extends AbstractEntity {

    @Column(name = "event_key")
    private String key;
    private String title;
    @Column(name = "title_en")
    private String titleEn;
    private EventKind kind;
    private LocalDateTime starts;
    private LocalDateTime ends;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "body_key")
    private String bodyKey;
    private String location;
    @Column(name = "online_url")
    private String onlineUrl;
    private Integer capacity;
    @Column(name = "signup_closes")
    private LocalDateTime signupCloses;
    private boolean cancelled;
    private String description;
    private String materials;
    private String minutes;
    @Column(name = "forum_topic_id")
    private Long forumTopicId;
    @Column(name = "ical_sequence")
    private int icalSequence;
    @Column(name = "reminder_sent_at")
    private LocalDateTime reminderSentAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "email")
    @OrderBy
    private Set<String> organisers = new LinkedHashSet<>();

    protected Event() {
    }

    Event(String key, EventDetails details, Product product) {
        this.key = key;
        apply(details, product);
    }

    /** Takes the new fields; calendars see a change by the sequence growing. */
    final void apply(EventDetails details, Product product) {
        this.title = details.title();
        this.titleEn = details.titleEn();
        this.kind = details.kind();
        this.starts = details.starts();
        this.ends = details.ends();
        this.product = product;
        this.bodyKey = details.body();
        this.location = details.location();
        this.onlineUrl = details.onlineUrl();
        this.capacity = details.capacity();
        this.signupCloses = details.signupCloses();
        this.description = details.description();
        this.organisers.clear();
        this.organisers.addAll(details.organisers());
    }

    void changed() {
        icalSequence++;
    }

    void cancel() {
        cancelled = true;
        icalSequence++;
    }

    void setCancelled(boolean cancelled) {
        if (this.cancelled != cancelled) {
            this.cancelled = cancelled;
        }
    }

    void setAfterwards(String materials, String minutes) {
        this.materials = materials;
        this.minutes = minutes;
    }

    void setForumTopicId(Long forumTopicId) {
        this.forumTopicId = forumTopicId;
    }

    void reminded(LocalDateTime at) {
        this.reminderSentAt = at;
    }

    public EventDetails details() {
        return new EventDetails(title, titleEn, kind, starts, ends, product == null ? null : product.getKey(), bodyKey,
                location, onlineUrl, capacity, signupCloses, description, List.copyOf(organisers));
    }

    /** When sign-up closes: the deadline set, or else when the event starts. */
    public LocalDateTime signupDeadline() {
        return signupCloses != null ? signupCloses : starts;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public EventKind getKind() {
        return kind;
    }

    public LocalDateTime getStarts() {
        return starts;
    }

    public LocalDateTime getEnds() {
        return ends;
    }

    public Product getProduct() {
        return product;
    }

    public String getProductKey() {
        return product == null ? null : product.getKey();
    }

    public String getBodyKey() {
        return bodyKey;
    }

    public String getLocation() {
        return location;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public LocalDateTime getSignupCloses() {
        return signupCloses;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getDescription() {
        return description;
    }

    public String getMaterials() {
        return materials;
    }

    public String getMinutes() {
        return minutes;
    }

    public Long getForumTopicId() {
        return forumTopicId;
    }

    public int getIcalSequence() {
        return icalSequence;
    }

    public LocalDateTime getReminderSentAt() {
        return reminderSentAt;
    }

    public Set<String> getOrganisers() {
        return Set.copyOf(organisers);
    }
}
