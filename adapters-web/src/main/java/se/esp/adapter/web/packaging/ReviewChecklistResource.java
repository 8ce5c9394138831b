package se.esp.adapter.web.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.web.json.JsonTree;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.port.in.packaging.ReplaceChecklistCommand;
import se.esp.application.port.in.packaging.ReviewChecklistUseCase;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.ReviewCriterion;
import se.esp.domain.shared.ViolationCode;

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

    /** For the container's proxies only. */
    protected ReviewChecklistResource() {
    }

    @Inject
    public ReviewChecklistResource(ReviewChecklistUseCase checklists, CurrentUser currentUser) {
        this.checklists = checklists;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The criteria in force")
    public Response get() {
        return withVersion(checklists.current(currentUser.actingUser()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the criteria (platform administrators; If-Match: the version read)")
    public Response replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        long version = Parameters.version(ifMatch, 0);
        JsonTree request = JsonTree.parse(body).ignoring("version");
        List<ReviewCriterion> criteria = new ArrayList<>();
        if (!request.has("criteria")) {
            request.violations().add("criteria", ViolationCode.REQUIRED, "is required");
        }
        for (JsonTree item : request.objects("criteria")) {
            String key = item.requiredText("key");
            Map<String, String> label = item.textMap("label");
            LocalisedText text = item.checkNested("label", () -> LocalisedText.parse(label, 500));
            if (key != null && text != null) {
                ReviewCriterion criterion = item.checkHere(() -> new ReviewCriterion(key, text));
                if (criterion != null) {
                    criteria.add(criterion);
                }
            }
        }
        request.throwIfInvalid();
        return withVersion(checklists.replace(currentUser.actingUser(), new ReplaceChecklistCommand(version, criteria)));
    }

    private static Response withVersion(ReviewChecklist checklist) {
        return Response.ok(PackagingJson.of(checklist).toString(), MediaType.APPLICATION_JSON)
                .tag(new EntityTag(Long.toString(checklist.version()))).build();
    }
}
