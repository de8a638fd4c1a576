package dk.samvirke.api.v1;

import dk.samvirke.shared.SamvirkeProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document at /v3/api-docs says about the API as a whole. */
@Configuration
class OpenApiDescription {

    @Bean
    OpenAPI samvirkeOpenApi(SamvirkeProperties properties) {
        String site = properties.baseUrl();
        return new OpenAPI()
                .info(new Info()
                        .title("Samvirke API")
                        .version("v1")
                        .contact(new Contact().name("Samvirke").url(site))
                        .description("""
                                Registret for et fællesskab af offentlige institutioner, der deler open source-software: \
                                organisationer, produkter, anvendelse, personer, styring, arrangementer, \
                                sikkerhedsmeddelelser og tallene på en hvilken som helst dato. Læsning er offentlig; \
                                ændringer kræver et API-token (Authorization: Bearer …). Lister er sideopdelte \
                                (?page=0&size=20), og fejl er RFC 9457 problem details.

                                The register of a community of public institutions sharing open-source software: \
                                organisations, products, usage, people, governance, events, security notices and the \
                                figures as of any date. Reads are public; writes need an API token (Authorization: \
                                Bearer …). Lists are paged (?page=0&size=20) and errors are RFC 9457 problem details. \
                                Contract: interfaces.md in the repository. The administrators' operations come last.
                                """))
                .externalDocs(new ExternalDocumentation().description("Samvirke — the site itself").url(site))
                .servers(List.of(new Server().url(site).description("This Samvirke")))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token of an account, or the bootstrap administrator token")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    /** Every POST takes an Idempotency-Key (operations.IdempotencyKeys); the document says so on each. */
    @Bean
    OpenApiCustomizer idempotencyKeyOnEveryPost() {
        return api -> api.getPaths().values().stream().map(PathItem::getPost).filter(java.util.Objects::nonNull)
                .forEach(post -> post.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                        .schema(new StringSchema().maxLength(200))
                        .description("Makes a retry safe: the same key with the same request within 24 hours gets the"
                                + " first answer again (header Idempotent-Replayed: true) and changes nothing; the same"
                                + " key with another request is 422; while the first is still running, 409.")));
    }
}
