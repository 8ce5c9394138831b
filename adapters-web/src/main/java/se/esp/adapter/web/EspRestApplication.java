package se.esp.adapter.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Everything under {@code /api}; resources and exception mappers are discovered by the server. Every call
 * needs a bearer token (MicroProfile JWT) except the {@link se.esp.adapter.web.security.PublicEndpoint}s.
 */
@ApplicationPath("/api")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A token of the owner's identity provider; on the demo run from "
                + "POST /api/demo/tokens")
@OpenAPIDefinition(info = @Info(title = "eSP - the eService Platform", version = "1",
        description = "Package welfare services once, have them reviewed, offer them nationally, apply for them, "
                + "match demand to resources and settle the money. Errors are application/problem+json "
                + "(RFC 9457) with a stable 'code'."),
        security = @SecurityRequirement(name = "bearer"))
public class EspRestApplication extends Application {
}
