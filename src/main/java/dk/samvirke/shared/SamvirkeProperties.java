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
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Mail mail,
        @DefaultValue Harvest harvest) {

    /** Where links in e-mails point, and who e-mails come from. */
    public record Mail(@DefaultValue("Samvirke <noreply@samvirke.local>") String from) {
    }

    public record Harvest(@DefaultValue("false") boolean allowLocal) {
    }
}
