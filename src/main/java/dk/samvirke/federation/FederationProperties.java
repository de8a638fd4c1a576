package dk.samvirke.federation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes the catalogue ({@code samvirke.federation.*}): the association, named in the DCAT
 * catalogue as its publisher and in the feeds as their author.
 */
@ConfigurationProperties("samvirke.federation")
public record FederationProperties(
        @DefaultValue("OS2 – Offentligt Digitaliseringsfællesskab") String publisherName,
        @DefaultValue("https://os2.eu") String publisherHomepage) {
}
