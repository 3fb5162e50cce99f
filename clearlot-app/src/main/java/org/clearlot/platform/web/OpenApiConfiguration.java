package org.clearlot.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: title, and bearer-token authentication for Swagger UI's "Authorize". */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI clearlotOpenApi() {
		return new OpenAPI()
				.info(new Info().title("Clearlot API").version("v1")
						.description("Used-car marketplace with verifiable condition. Money is integer fen (¥1 = 100 fen) "
								+ "in fields named …Fen; errors are RFC 9457 problem documents. Get a token with "
								+ "POST /api/v1/auth/token."))
				.components(new Components().addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
				.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
