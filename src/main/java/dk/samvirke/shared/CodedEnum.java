package dk.samvirke.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum whose values have a stable lower-case code, used in the database, CSV files and the API. */
public interface CodedEnum {

    String code();

    static <E extends Enum<E> & CodedEnum> Optional<E> fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    static <E extends Enum<E> & CodedEnum> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).collect(Collectors.joining(", "));
    }
}
