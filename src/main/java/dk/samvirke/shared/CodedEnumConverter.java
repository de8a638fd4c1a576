package dk.samvirke.shared;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link CodedEnum} as its code. Subclass once per enum: JPA needs a concrete converter. */
public abstract class CodedEnumConverter<E extends Enum<E> & CodedEnum> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        if (code == null) {
            return null;
        }
        return CodedEnum.fromCode(type, code)
                .orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName() + " code in database: " + code));
    }
}
