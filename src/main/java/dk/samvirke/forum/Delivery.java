package dk.samvirke.forum;

import dk.samvirke.shared.CodedEnum;

/** How a person wants the forum's e-mail: each at once, one daily digest, or none. */
public enum Delivery implements CodedEnum {
    IMMEDIATELY("immediately"),
    DIGEST("digest"),
    OFF("off");

    private final String code;

    Delivery(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
