package vn.ptdv.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ptdv.shared.Messages;

/** The OpenAPI description of {@code /api/v1}: an API token of an account (Bearer), or HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {
    @Bean
    OpenAPI ptdvOpenApi(Messages messages) {
        return new OpenAPI()
                .info(new Info().title(messages.text("api.title")).version("v1")
                        .description(messages.text("api.description")))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description(messages.text("api.security.token")))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
