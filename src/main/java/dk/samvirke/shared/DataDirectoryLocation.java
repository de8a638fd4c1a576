package dk.samvirke.shared;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Offers {@code samvirke.data-dir} as an absolute path, {@code samvirke.data-path}, for the embedded
 * database URL: H2 refuses a relative path such as {@code data2/db}, and a user who sets
 * {@code SAMVIRKE_DATA_DIR=data2} should get a database there, not a start-up error.
 */
class DataDirectoryLocation implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty("samvirke.data-dir", "./data");
        String absolute = Path.of(dataDir).toAbsolutePath().normalize().toString().replace('\\', '/');
        environment.getPropertySources().addLast(new MapPropertySource("samvirkeDataPath", Map.of("samvirke.data-path", absolute)));
    }
}
