package dev.meridian.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header and its two ways in: bearer tokens, and Basic for getting a token. */
@Configuration
class OpenApiConfig {

	@Bean
	OpenAPI meridianOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Meridian API")
				.version("v1")
				.description("Tickets, messages, customers, brands, teams and agents of the Meridian help desk. "
						+ "Get a token with POST /api/v1/auth/tokens (HTTP Basic), then send 'Authorization: Bearer <token>'. "
						+ "Errors are {\"code\", \"message\", \"details\"}; lists are {\"items\", \"nextCursor\"}.")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.bearerFormat("mrd_ token"))
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
