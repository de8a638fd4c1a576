package dk.samvirke.governance;

import dk.samvirke.shared.CodedEnum;

/** interfaces.md §9: the codes of the data package and the API. */
public enum FeeKind implements CodedEnum {
    ANNUAL("annual"),
    JOINING("joining");

    private final String code;

    FeeKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
