package dk.samvirke.governance;

import dk.samvirke.shared.CodedEnum;

/** interfaces.md §9: the codes of the data package and the API. */
public enum BodyType implements CodedEnum {
    STEERING_COMMITTEE("steering-committee"),
    COORDINATION_GROUP("coordination-group"),
    WORKING_GROUP("working-group"),
    BOARD("board"),
    GENERAL_ASSEMBLY("general-assembly"),
    OTHER("other");

    private final String code;

    BodyType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
