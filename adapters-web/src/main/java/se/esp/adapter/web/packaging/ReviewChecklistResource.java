package se.esp.adapter.web.packaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.common.json.BoundRequest;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.packaging.PackagingModels.ChecklistRequest;
import se.esp.adapter.web.packaging.PackagingModels.ChecklistView;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.packaging.PackagingModels.CriterionRequest;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.port.in.packaging.ReplaceChecklistCommand;
import se.esp.application.port.in.packaging.ReviewChecklistUseCase;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.ReviewCriterion;

/**
 * The owner's review checklist. Version 0 is the seeded checklist nobody has changed yet, so its ETag is
 * {@code "0"}, unlike other resources.
 */
@Path("/review-checklist")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review checklist", description = "The quality criteria every review judges")
public class ReviewChecklistResource {

    private ReviewChecklistUseCase checklists;
    private CurrentUser currentUser;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public ReviewChecklistResource() {
    }

    @Inject
    public ReviewChecklistResource(ReviewChecklistUseCase checklists, CurrentUser currentUser) {
        this.checklists = checklists;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The criteria in force")
    @APIResponse(responseCode = "200", description = "The checklist; ETag is its version (\"0\" until first changed)",
            content = @Content(schema = @Schema(implementation = ChecklistView.class)))
    public Response get() {
        return withVersion(checklists.current(currentUser.actingUser()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the criteria (platform administrators; If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ChecklistView.class)))
    public Response replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @RequestBody(required = true, content = @Content(schema = @Schema(
                                    implementation = ChecklistRequest.class))) String body) {
        long version = Parameters.version(ifMatch, 0);
        BoundRequest<ChecklistRequest> request = JsonBinder.bind(body, ChecklistRequest.class, "version");
        List<CriterionRequest> sent = ContentReader.listOf(request.value().criteria());
        int[] at = ContentReader.positions(request, "criteria", sent.size());
        List<ReviewCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            String path = "criteria[" + at[i] + "]";
            CriterionRequest item = sent.get(i);
            LocalisedText text = ContentReader.localised(request, path + ".label", item.label(),
                    ContentModels.MAX_LABEL_LENGTH);
            if (item.key() != null && text != null) {
                ReviewCriterion criterion = request.checkNested(path, () -> new ReviewCriterion(item.key(), text));
                if (criterion != null) {
                    criteria.add(criterion);
                }
            }
        }
        request.throwIfInvalid();
        return withVersion(checklists.replace(currentUser.actingUser(), new ReplaceChecklistCommand(version, criteria)));
    }

    private static Response withVersion(ReviewChecklist checklist) {
        return Response.ok(ChecklistView.of(checklist), MediaType.APPLICATION_JSON)
                .tag(new EntityTag(Long.toString(checklist.version()))).build();
    }
}
