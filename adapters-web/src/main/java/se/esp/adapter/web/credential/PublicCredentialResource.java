package se.esp.adapter.web.credential;

import static se.esp.adapter.common.json.JsonProviders.JSON;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.credential.CredentialModels.VerificationView;
import se.esp.adapter.web.credential.CredentialModels.VerifyRequest;
import se.esp.adapter.web.security.PublicEndpoint;
import se.esp.application.port.in.credential.CredentialRevocationStatus;
import se.esp.domain.credential.CredentialRevocation;

/**
 * What anybody checking a credential needs, without signing in: the issuer profile, its public keys (a JWKS and a
 * {@code did:web} document), its revocation list, and a verification of a VC-JWT.
 */
@Path("/" + CredentialIssuer.PUBLIC_PATH)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@PublicEndpoint
// no token needed: the document says so with an empty security requirement
@SecurityRequirements
@Tag(name = "Credential verification", description = "The issuer of micro-credentials, its keys, and verification; "
        + "public")
public class PublicCredentialResource {

    private static final String JWK_SET = "application/jwk-set+json";

    private CredentialIssuer issuer;
    private CredentialRevocationStatus revocations;
    private Clock clock;

    /** For the container's proxies only. */
    public PublicCredentialResource() {
    }

    @Inject
    public PublicCredentialResource(CredentialIssuer issuer, CredentialRevocationStatus revocations,
                                    Clock clock) {
        this.issuer = issuer;
        this.revocations = revocations;
        this.clock = clock;
    }

    @GET
    @Path("issuer")
    @Operation(summary = "The issuer profile (Open Badges 3.0 Profile) credentials name as their issuer")
    @APIResponse(responseCode = "200", description = "The profile")
    public Response profile(@Context UriInfo uri) {
        URI base = issuer.base(uri.getBaseUri());
        JsonObject profile = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(OpenBadgeCredentials.VC_CONTEXT)
                        .add(OpenBadgeCredentials.OB_CONTEXT))
                .add("id", issuer.issuer(base).id().toString())
                .add("type", JSON.createArrayBuilder().add("Profile"))
                .add("name", issuer.name())
                .build();
        return Response.ok(profile.toString(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("jwks")
    @Produces({JWK_SET, MediaType.APPLICATION_JSON})
    @Operation(summary = "The owner's public signing keys as a JSON Web Key Set; a credential's kid names one")
    @APIResponse(responseCode = "200", description = "The key set (public parts only)")
    public Response keys() {
        return Response.ok(issuer.keys().publicKeys().toString(true), JWK_SET).build();
    }

    @GET
    @Path("did.json")
    @Operation(summary = "The did:web DID document of the issuer's keys (did:web:<host>:<path to here>)")
    @APIResponse(responseCode = "200", description = "The DID document")
    public Response didDocument(@Context UriInfo uri) {
        String did = did(issuer.base(uri.getBaseUri()).resolve(CredentialIssuer.PUBLIC_PATH));
        JsonArrayBuilder methods = JSON.createArrayBuilder();
        JsonArrayBuilder assertion = JSON.createArrayBuilder();
        for (JWK key : issuer.keys().publicKeys().getKeys()) {
            String id = did + "#" + key.getKeyID();
            methods.add(JSON.createObjectBuilder().add("id", id).add("type", "JsonWebKey")
                    .add("controller", did)
                    .add("publicKeyJwk", JSON.createObjectBuilder((Map<String, Object>) (Map<String, ?>)
                            key.toJSONObject())));
            assertion.add(id);
        }
        JsonObject document = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add("https://www.w3.org/ns/did/v1")
                        .add("https://w3id.org/security/jwk/v1"))
                .add("id", did)
                .add("verificationMethod", methods)
                .add("assertionMethod", assertion)
                .build();
        return Response.ok(document.toString(), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a credential exported as a VC-JWT: valid, tampered, revoked, expired, signed by an "
            + "unknown key, or not a credential at all")
    @APIResponse(responseCode = "200", description = "The outcome (also when the credential does not verify)",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    public Response verify(@RequestBody(required = true, content = @Content(schema = @Schema(
            implementation = VerifyRequest.class))) String body) {
        String credential = JsonBinder.bind(body, VerifyRequest.class).throwIfInvalid().credential();
        CredentialVerifier.Verification verification = issuer.verifier(revocations)
                .verify(credential, clock.instant());
        return Response.ok(VerificationView.of(verification)).build();
    }

    @GET
    @Path("revocations")
    @Operation(summary = "The issuer's revocation list (1EdTech Revocation List): every revoked credential with the "
            + "reason; the list each credential's credentialStatus names")
    @APIResponse(responseCode = "200", description = "The revocation list")
    public Response revocationList(@Context UriInfo uri) {
        URI base = issuer.base(uri.getBaseUri());
        JsonArrayBuilder revoked = JSON.createArrayBuilder();
        for (CredentialRevocation r : revocations.revocations()) {
            revoked.add(JSON.createObjectBuilder().add("id", base.resolve("credentials/" + r.credential()).toString())
                    .add("revocationReason", r.reason()));
        }
        JsonObject list = JSON.createObjectBuilder()
                .add("id", base.resolve(CredentialIssuer.PUBLIC_PATH + "/revocations").toString())
                .add("issuer", issuer.issuer(base).id().toString())
                .add("revokedCredentials", revoked)
                .build();
        return Response.ok(list.toString(), MediaType.APPLICATION_JSON).build();
    }

    /** did:web: the host (a port's colon encoded) and the path's segments, separated by colons. */
    static String did(URI at) {
        String host = at.getHost() + (at.getPort() > 0 ? "%3A" + at.getPort() : "");
        String path = at.getPath() == null ? "" : at.getPath().replaceAll("^/+|/+$", "");
        return "did:web:" + host + (path.isEmpty() ? "" : ":" + path.replace("/", ":"));
    }
}
