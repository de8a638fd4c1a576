package dk.samvirke.api.v1;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document at /v3/api-docs says about the API as a whole. */
@Configuration
class OpenApiDescription {

    @Bean
    OpenAPI samvirkeOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Samvirke API")
                        .version("v1")
                        .description("The register of a community of public institutions sharing open-source software: "
                                + "organisations, products, usage, people and the figures as of any date. Reads are "
                                + "public; writes need an API token (Authorization: Bearer …). Lists are paged "
                                + "(?page=0&size=20) and errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token of an account, or the bootstrap administrator token")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
