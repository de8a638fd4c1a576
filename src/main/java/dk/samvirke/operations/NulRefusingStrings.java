package dk.samvirke.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text read from JSON may not hold the NUL character: PostgreSQL cannot store it (H2 can, so the two
 * would disagree), and no field of the registry has a use for it. Refused while reading, as a 400.
 */
@Configuration(proxyBeanMethods = false)
public class NulRefusingStrings {

    public static final String MESSAGE = "text may not contain the NUL character (\\u0000)";

    @Bean
    JacksonModule nulRefusingStringsModule() {
        return new SimpleModule("nul-refusing-strings").addDeserializer(String.class, new Refusing());
    }

    private static final class Refusing extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                return (String) context.reportInputMismatch(this, MESSAGE);
            }
            return text;
        }
    }
}
