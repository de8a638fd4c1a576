package dk.samvirke.usage;

import dk.samvirke.shared.CodedEnum;

public enum UsageStatus implements CodedEnum {
    PLANNED("planned"),
    PILOT("pilot"),
    PRODUCTION("production"),
    DISCONTINUED("discontinued");

    private final String code;

    UsageStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Pilot and production count as real use; planned and discontinued do not. */
    public boolean isInUse() {
        return this == PILOT || this == PRODUCTION;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends dk.samvirke.shared.CodedEnumConverter<UsageStatus> {
        Converter() {
            super(UsageStatus.class);
        }
    }
}
