package dk.samvirke.organisations;

import dk.samvirke.shared.CodedEnum;

public enum OrganisationType implements CodedEnum {
    MUNICIPALITY("municipality"),
    REGION("region"),
    STATE("state"),
    ASSOCIATION("association"),
    SUPPLIER("supplier"),
    OTHER("other");

    private final String code;

    OrganisationType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends dk.samvirke.shared.CodedEnumConverter<OrganisationType> {
        Converter() {
            super(OrganisationType.class);
        }
    }
}
