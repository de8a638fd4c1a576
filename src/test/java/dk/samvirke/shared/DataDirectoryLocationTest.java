package dk.samvirke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DataDirectoryLocationTest {

    @Test
    void offersTheDataDirectoryAsAnAbsolutePathForTheEmbeddedDatabase() {
        var environment = new MockEnvironment().withProperty("samvirke.data-dir", "data2/../data3");
        new DataDirectoryLocation().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("samvirke.data-path"))
                .isEqualTo(Path.of("data3").toAbsolutePath().toString());
    }

    @Test
    void defaultsToDataInTheWorkingDirectory() {
        var environment = new MockEnvironment();
        new DataDirectoryLocation().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("samvirke.data-path")).isEqualTo(Path.of("data").toAbsolutePath().toString());
    }
}
