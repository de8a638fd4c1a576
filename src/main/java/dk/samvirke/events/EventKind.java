package dk.samvirke.events;

import dk.samvirke.shared.CodedEnum;

/** What kind of event (interfaces.md §11). */
public enum EventKind implements CodedEnum {
    MEETING("meeting"),
    WORKSHOP("workshop"),
    CONFERENCE("conference"),
    WEBINAR("webinar"),
    OTHER("other");

    private final String code;

    EventKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends dk.samvirke.shared.CodedEnumConverter<EventKind> {
        Converter() {
            super(EventKind.class);
        }
    }
}
