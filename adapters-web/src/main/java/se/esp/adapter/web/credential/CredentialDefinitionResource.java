package se.esp.adapter.web.credential;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.esp.adapter.common.json.BoundRequest;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.credential.CredentialModels.AlignmentModel;
import se.esp.adapter.web.credential.CredentialModels.DefineRequest;
import se.esp.adapter.web.credential.CredentialModels.DefinitionPage;
import se.esp.adapter.web.credential.CredentialModels.DefinitionView;
import se.esp.adapter.web.credential.CredentialModels.ReviseRequest;
import se.esp.adapter.web.credential.CredentialModels.TermsRequest;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.credential.CredentialDefinitionUseCases;
import se.esp.application.port.in.credential.DefineCredentialCommand;
import se.esp.application.port.in.credential.ReviseCredentialCommand;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Violations;

/** The owner's micro-credential definitions; a revision needs the version read in {@code If-Match}. */
@Path("/credential-definitions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credential definitions", description = "Micro-credentials the owner defines; packagings lead to them "
        + "by code")
public class CredentialDefinitionResource {

    private CredentialDefinitionUseCases definitions;
    private CurrentUser currentUser;

    /** For the container's proxies only. */
    public CredentialDefinitionResource() {
    }

    @Inject
    public CredentialDefinitionResource(CredentialDefinitionUseCases definitions, CurrentUser currentUser) {
        this.definitions = definitions;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a micro-credential (platform administrators)")
    @APIResponse(responseCode = "201", description = "Defined as version 1; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = DefinitionView.class)))
    public Response define(@RequestBody(required = true, content = @Content(schema = @Schema(
            implementation = DefineRequest.class))) String body, @Context UriInfo uri) {
        BoundRequest<DefineRequest> request = JsonBinder.bind(body, DefineRequest.class);
        DefineRequest sent = request.value();
        MicroCredentialRef code = sent.code() == null ? null
                : request.check("code", () -> new MicroCredentialRef(sent.code()));
        CredentialTerms terms = terms(request, sent.terms());
        request.throwIfInvalid();
        CredentialDefinition defined = definitions.define(currentUser.actingUser(),
                new DefineCredentialCommand(code, terms));
        URI location = uri.getAbsolutePathBuilder().path(defined.id().toString()).build();
        return withVersion(Response.created(location), defined).build();
    }

    @GET
    @Operation(summary = "List the definitions by code")
    @APIResponse(responseCode = "200", description = "One page of definitions",
            content = @Content(schema = @Schema(implementation = DefinitionPage.class)))
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest pageRequest = Parameters.page(page, size);
        return Response.ok(DefinitionPage.of(definitions.list(currentUser.actingUser(), pageRequest))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one definition with every version")
    @APIResponse(responseCode = "200", description = "The definition; ETag is its version",
            content = @Content(schema = @Schema(implementation = DefinitionView.class)))
    public Response get(@PathParam("id") String id) {
        return withVersion(Response.ok(), definitions.get(currentUser.actingUser(), definitionId(id))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish new terms as the next version (platform administrators; If-Match: the version "
            + "read). Credentials already issued keep the version they were issued under")
    @APIResponse(responseCode = "200", description = "Revised; ETag is the new version",
            content = @Content(schema = @Schema(implementation = DefinitionView.class)))
    public Response revise(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = true, content = @Content(schema = @Schema(
                                   implementation = ReviseRequest.class))) String body) {
        CredentialDefinitionId definitionId = definitionId(id);
        long version = Parameters.version(ifMatch);
        BoundRequest<ReviseRequest> request = JsonBinder.bind(body, ReviseRequest.class);
        CredentialTerms terms = terms(request, request.value().terms());
        request.throwIfInvalid();
        CredentialDefinition revised = definitions.revise(currentUser.actingUser(),
                new ReviseCredentialCommand(definitionId, version, terms));
        return withVersion(Response.ok(), revised).build();
    }

    /** The terms, every refusal named by its path under {@code terms}; null when anything was refused. */
    private static CredentialTerms terms(BoundRequest<?> request, TermsRequest sent) {
        if (sent == null) {
            return null;
        }
        LocalisedText title = texts(request, "terms.title", sent.title());
        LocalisedText description = texts(request, "terms.description", sent.description());
        LocalisedText criteria = texts(request, "terms.criteria", sent.criteria());
        List<AlignmentModel> alignmentsSent = sent.alignments() == null ? List.of() : sent.alignments();
        List<Alignment> alignments = new ArrayList<>();
        for (int i = 0; i < alignmentsSent.size(); i++) {
            AlignmentModel a = alignmentsSent.get(i);
            Alignment alignment = a == null ? null : request.checkNested("terms.alignments[" + i + "]",
                    () -> new Alignment(a.kind(), a.targetUrl(), a.targetName()));
            if (alignment != null) {
                alignments.add(alignment);
            }
        }
        if (!request.isValidSoFar()) {
            return null;
        }
        return request.checkNested("terms", () -> new CredentialTerms(title, description, criteria, alignments,
                sent.creditPoints(), sent.validityMonths()));
    }

    private static LocalisedText texts(BoundRequest<?> request, String path, Map<String, String> sent) {
        return sent == null || sent.isEmpty() ? LocalisedText.empty()
                : request.checkNested(path, () -> LocalisedText.parse(sent, CredentialModels.MAX_TEXT_LENGTH));
    }

    private static CredentialDefinitionId definitionId(String id) {
        return Parameters.pathId(id, CredentialDefinitionId::parse, ErrorCode.CREDENTIAL_DEFINITION_NOT_FOUND,
                "credential definition");
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder response,
                                                        CredentialDefinition definition) {
        return response.tag(new EntityTag(Long.toString(definition.version())))
                .type(MediaType.APPLICATION_JSON)
                .entity(DefinitionView.of(definition));
    }
}
