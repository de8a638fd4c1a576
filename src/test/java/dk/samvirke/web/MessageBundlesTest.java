package dk.samvirke.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Danish and English stay in step: a text added in one language and forgotten in the other fails here. */
class MessageBundlesTest {

    @Test
    void everyKeyExistsInDanishAndEnglish() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> danish = keys("messages_da.properties");

        assertThat(english).isNotEmpty();
        assertThat(difference(english, danish)).as("keys missing from messages_da.properties").isEmpty();
        assertThat(difference(danish, english)).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_da.properties"}) {
            Properties properties = load(bundle);
            assertThat(properties.stringPropertyNames())
                    .as("empty texts in " + bundle)
                    .filteredOn(key -> properties.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
