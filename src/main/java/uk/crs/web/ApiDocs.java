package uk.crs.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's description of sign-in: every API call uses HTTP Basic, so Swagger UI's Authorize button
 * asks for a crs username and password.
 */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "crs", description = "The Community Resolution System's REST API"),
        security = @SecurityRequirement(name = ApiDocs.BASIC))
@SecurityScheme(name = ApiDocs.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
class ApiDocs {

    static final String BASIC = "basic";
}
