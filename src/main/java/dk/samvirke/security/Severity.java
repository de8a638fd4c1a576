package dk.samvirke.security;

import dk.samvirke.shared.CodedEnum;

/** How bad a notice's vulnerability is (§10). */
public enum Severity implements CodedEnum {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    CRITICAL("critical");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends dk.samvirke.shared.CodedEnumConverter<Severity> {
        Converter() {
            super(Severity.class);
        }
    }
}
