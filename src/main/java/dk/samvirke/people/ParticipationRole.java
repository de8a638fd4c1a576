package dk.samvirke.people;

import dk.samvirke.shared.CodedEnum;

public enum ParticipationRole implements CodedEnum {
    PRODUCT_MANAGER("product-manager"),
    STEERING_COMMITTEE("steering-committee"),
    COORDINATION_GROUP("coordination-group"),
    WORKING_GROUP("working-group"),
    DEVELOPER("developer"),
    TESTER("tester"),
    SECRETARIAT("secretariat"),
    BOARD("board"),
    OTHER("other");

    private final String code;

    ParticipationRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends dk.samvirke.shared.CodedEnumConverter<ParticipationRole> {
        Converter() {
            super(ParticipationRole.class);
        }
    }
}
