package dk.samvirke.shared;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

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

    /**
     * Harvesting git repositories (interfaces.md §5).
     *
     * @param allowLocal   lift the fetch policy for {@code file:} URLs and local addresses (tests only)
     * @param allowHttp    also accept plain {@code http:} repository URLs (still only public addresses)
     * @param maxFetchSize the most one fetch may download: a hostile server cannot fill the disk
     * @param connectTimeout connect timeout per connection
     * @param readTimeout  longest silence while reading from a server
     * @param jobDeadline  total time one repository's harvest may take
     * @param schedule     when every repository is harvested again, in db-scheduler's notation
     *                     ({@code DAILY|03:00}, {@code FIXED_DELAY|3600s}, {@code -} for never)
     */
    public record Harvest(
            @DefaultValue("false") boolean allowLocal,
            @DefaultValue("false") boolean allowHttp,
            @DefaultValue("500MB") DataSize maxFetchSize,
            @DefaultValue("20s") Duration connectTimeout,
            @DefaultValue("60s") Duration readTimeout,
            @DefaultValue("30m") Duration jobDeadline,
            @DefaultValue("DAILY|03:00") String schedule) {
    }
}
