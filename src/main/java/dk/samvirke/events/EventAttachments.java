package dk.samvirke.events;

import dk.samvirke.accounts.SignedInUser;
import dk.samvirke.events.EventExceptions.EventNotFoundException;
import dk.samvirke.events.EventExceptions.InvalidEventException;
import dk.samvirke.shared.FieldCheck;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The files an event's organisers attach to it (interfaces.md §11, "materials afterwards"): documents and images
 * of the kinds below only, each within the size limit, offered for download (never shown inline, so a file can
 * never run as a page of the site). Anyone may download them, as anyone may read the event.
 */
@Service
public class EventAttachments {

    /** The kinds of file taken, by the file name's extension, with the type they are served as. */
    static final Map<String, String> TYPES = Map.ofEntries(Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"), Map.entry("md", "text/markdown"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    /** The most files one event holds. */
    static final int MAX_PER_EVENT = 30;

    /** An attachment as listed: everything but its bytes. */
    public record Attachment(long id, String fileName, String contentType, long size, LocalDateTime uploadedAt) {
    }

    /** An attachment with its bytes, for download. */
    public record AttachmentFile(Attachment attachment, byte[] content) {
    }

    private final Events events;
    private final EventPolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final long maxSize;

    EventAttachments(Events events, EventPolicy policy, JdbcClient jdbc, Clock clock,
            @Value("${samvirke.events.attachment-max-size:10MB}") DataSize maxSize) {
        this.events = events;
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxSize = maxSize.toBytes();
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(String eventKey) {
        return jdbc.sql("select a.id, a.file_name, a.content_type, a.size_bytes, a.uploaded_at from event_attachment a"
                        + " join event e on e.id = a.event_id where e.event_key = :key order by a.uploaded_at, a.id")
                .param("key", eventKey).query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getTimestamp(5).toLocalDateTime())).list();
    }

    @Transactional(readOnly = true)
    public Optional<AttachmentFile> file(String eventKey, long id) {
        return jdbc.sql("select a.id, a.file_name, a.content_type, a.size_bytes, a.uploaded_at, a.content"
                        + " from event_attachment a join event e on e.id = a.event_id where e.event_key = :key and a.id = :id")
                .param("key", eventKey).param("id", id).query((rs, n) -> new AttachmentFile(new Attachment(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getLong(4), rs.getTimestamp(5).toLocalDateTime()),
                        rs.getBytes(6))).optional();
    }

    /** Attaches the file to the event, by its organisers; a file of another kind, empty or too large is refused. */
    @Transactional
    public Attachment add(SignedInUser user, String eventKey, String fileName, byte[] content) {
        Event event = events.findForChange(eventKey).orElseThrow(() -> notFound(eventKey));
        if (!policy.mayOrganise(user, event)) {
            throw new AccessDeniedException("Only the event's organisers may attach files to it");
        }
        var check = new FieldCheck();
        String name = name(fileName, check);
        String type = name == null ? null : TYPES.get(extension(name));
        if (name != null && type == null) {
            check.problem("file", "must be a file of one of these kinds: " + String.join(", ", TYPES.keySet().stream()
                    .sorted().toList()) + "; was '" + name + "'");
        }
        if (content == null || content.length == 0) {
            check.problem("file", "is empty");
        } else if (content.length > maxSize) {
            check.problem("file", "is " + content.length + " bytes; the most is " + maxSize);
        }
        int held = jdbc.sql("select count(*) from event_attachment where event_id = :event").param("event", event.getId())
                .query(Integer.class).single();
        if (held >= MAX_PER_EVENT) {
            check.problem("file", "the event holds " + MAX_PER_EVENT + " files already; remove one first");
        }
        check.orThrow(InvalidEventException::new);
        var now = LocalDateTime.now(clock);
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into event_attachment (event_id, file_name, content_type, size_bytes, content, uploaded_at)"
                        + " values (:event, :name, :type, :size, :content, :now)")
                .param("event", event.getId()).param("name", name).param("type", type).param("size", content.length)
                .param("content", content).param("now", now).update(key, "id");
        return new Attachment(key.getKey().longValue(), name, type, content.length, now);
    }

    /** Removes the attachment, by the event's organisers. */
    @Transactional
    public void remove(SignedInUser user, String eventKey, long id) {
        Event event = events.findForChange(eventKey).orElseThrow(() -> notFound(eventKey));
        if (!policy.mayOrganise(user, event)) {
            throw new AccessDeniedException("Only the event's organisers may remove its files");
        }
        int removed = jdbc.sql("delete from event_attachment where event_id = :event and id = :id")
                .param("event", event.getId()).param("id", id).update();
        if (removed == 0) {
            throw new EventNotFoundException("No file " + id + " is attached to event '" + eventKey + "'");
        }
    }

    /** The file's own name without any folder, of printable characters; the field's problem when there is none. */
    private static String name(String fileName, FieldCheck check) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.chars().anyMatch(Character::isISOControl) || name.startsWith(".")) {
            check.problem("file", "needs a file name");
            return null;
        }
        return check.text("file", name, true, 200);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static EventNotFoundException notFound(String key) {
        return new EventNotFoundException("No event with key '" + key + "'");
    }
}
