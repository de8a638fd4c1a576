package dk.samvirke.events;

import dk.samvirke.shared.CodedEnum;

/** Where a person stands with an event (interfaces.md §11). */
public enum RegistrationStatus implements CodedEnum {
    REGISTERED("registered"),
    WAITING("waiting"),
    CANCELLED("cancelled"),
    ATTENDED("attended"),
    ABSENT("absent");

    private final String code;

    RegistrationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Holds a seat: registered, or marked attended (§3.1 counts both). */
    public boolean holdsSeat() {
        return this == REGISTERED || this == ATTENDED || this == ABSENT;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends dk.samvirke.shared.CodedEnumConverter<RegistrationStatus> {
        Converter() {
            super(RegistrationStatus.class);
        }
    }
}
