package dk.samvirke.governance;

import dk.samvirke.shared.CodedEnum;

/** interfaces.md §9: the codes of the data package and the API. */
public enum Stage implements CodedEnum {
    SANDBOX("sandbox"),
    N1("n1"),
    N2("n2"),
    N3("n3"),
    RETIRING("retiring");

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
