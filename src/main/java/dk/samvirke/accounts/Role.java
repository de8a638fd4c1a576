package dk.samvirke.accounts;

import dk.samvirke.shared.CodedEnum;

/** What an account may do: interfaces.md §6. */
public enum Role implements CodedEnum {
    /** The secretariat: everything. */
    ADMIN("admin"),
    /** For one organisation: its usages, people and contacts. */
    ORGANISATION_ADMIN("organisation-admin"),
    /** For one product: its page, governance and repositories. */
    PRODUCT_MANAGER("product-manager"),
    /** A signed-in person of an organisation: posts in the forum, signs up for events. */
    MEMBER("member");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends dk.samvirke.shared.CodedEnumConverter<Role> {
        Converter() {
            super(Role.class);
        }
    }
}
