package dk.samvirke.governance;

import dk.samvirke.shared.CodedEnum;

/** interfaces.md §9: the codes of the data package and the API. */
public enum FeeBand implements CodedEnum {
    SMALL("small"),
    MEDIUM("medium"),
    LARGE("large"),
    VERY_LARGE("very-large"),
    ALL("all"),
    EQUAL("equal");

    private final String code;

    FeeBand(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
