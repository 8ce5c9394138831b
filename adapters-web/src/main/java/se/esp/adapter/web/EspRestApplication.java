package se.esp.adapter.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Everything under {@code /api}; resources and exception mappers are discovered by the server. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "eSP - the eService Platform", version = "1",
        description = "Package welfare services once, have them reviewed, offer them nationally, apply for them, "
                + "match demand to resources and settle the money. Errors are application/problem+json "
                + "(RFC 9457) with a stable 'code'."))
public class EspRestApplication extends Application {
}
