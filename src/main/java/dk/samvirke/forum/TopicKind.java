package dk.samvirke.forum;

import dk.samvirke.shared.CodedEnum;

/** A question can have an accepted answer and is "unanswered" until it has replies; a discussion cannot. */
public enum TopicKind implements CodedEnum {
    QUESTION("question"),
    DISCUSSION("discussion");

    private final String code;

    TopicKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends dk.samvirke.shared.CodedEnumConverter<TopicKind> {
        Converter() {
            super(TopicKind.class);
        }
    }
}
