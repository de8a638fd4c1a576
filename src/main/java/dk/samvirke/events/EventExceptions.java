package dk.samvirke.events;

import dk.samvirke.shared.InvalidFieldsException;
import dk.samvirke.shared.RecordNotFoundException;
import dk.samvirke.shared.VersionConflictException;
import java.util.Map;

/** What can go wrong with an event request, each mapped to its own answer by the API and the pages. */
public final class EventExceptions {

    private EventExceptions() {
    }

    /** 404. */
    public static class EventNotFoundException extends RecordNotFoundException {
        public EventNotFoundException(String message) {
            super(message);
        }
    }

    /** 422 naming the fields. */
    public static class InvalidEventException extends InvalidFieldsException {
        public InvalidEventException(Map<String, String> problems) {
            super("event", problems);
        }
    }

    /** 412: If-Match names an older version. */
    public static class EventVersionConflictException extends VersionConflictException {
        public EventVersionConflictException(Long current) {
            super("event", current);
        }
    }

    /** 409: the event takes no sign-ups (closed, cancelled, over), or its key exists already. */
    public static class EventConflictException extends RuntimeException {

        private final String reason;

        public EventConflictException(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** {@code signup-closed}, {@code cancelled}, {@code exists}. */
        public String reason() {
            return reason;
        }
    }
}
