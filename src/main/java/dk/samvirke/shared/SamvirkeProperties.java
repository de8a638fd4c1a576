package dk.samvirke.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The {@code samvirke.*} settings of interfaces.md §1. */
@ConfigurationProperties("samvirke")
public record SamvirkeProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demoData,
        String bootstrapAdminToken,
        @DefaultValue Harvest harvest) {

    public record Harvest(@DefaultValue("false") boolean allowLocal) {
    }
}
