package se.esp.adapter.web.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.adapter.web.json.Paging;
import se.esp.application.paging.Page;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectStatus;

/**
 * The scaling project API's request and response models: what the JSON binding reads and writes and what the
 * OpenAPI document describes, from the same records.
 */
final class ScalingProjectModels {

    /** A cap far above any local project's budget, so the project fee on it always stays within the range of money. */
    static final String MAX_BUDGET = "1000000000.00";

    private ScalingProjectModels() {
    }

    @Schema(name = "RegisterScalingProject", description = "A local project preparing national scale-up; its owner "
            + "pays the project fee on the budget", additionalProperties = Schema.False.class)
    record RegisterRequest(
            @Schema(required = true, format = "uuid", description = "The organisation running the project")
            UUID ownerId,
            @Schema(required = true, minLength = 1, maxLength = ScalingProject.MAX_NAME_LENGTH,
                    example = "Studiehandledning – nationell skala") String name,
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "800000.00",
                    minimum = "0.01", maximum = MAX_BUDGET, description = "SEK, at most two decimals")
            BigDecimal budget) {
    }

    @Schema(name = "ScalingProjectStatusChange", description = "The status a scaling project moves to, and the day",
            additionalProperties = Schema.False.class)
    record StatusChangeRequest(
            @Schema(required = true, example = "ACTIVE",
                    description = "ACTIVE, COMPLETED or CANCELLED, in the order the lifecycle allows")
            ScalingProjectStatus status,
            @Schema(required = true, format = "date", example = "2026-12-01",
                    description = "The day it happens; not before the day the project became active")
            LocalDate on) {
    }

    @Schema(name = "ScalingProject", description = "A local project preparing national scale-up",
            additionalProperties = Schema.False.class)
    record ScalingProjectView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, format = "uuid", description = "The organisation running the project")
            String ownerId,
            @Schema(required = true, example = "Studiehandledning – nationell skala") String name,
            @Schema(required = true, format = "decimal", example = "800000.00", description = "SEK") String budget,
            @Schema(required = true) ScalingProjectStatus status,
            @Schema(required = true, nullable = true, format = "date", description = "Null until it is active")
            String activatedOn,
            @Schema(required = true, nullable = true, format = "date",
                    description = "The day it was completed or cancelled; null until then") String endedOn,
            @Schema(required = true, description = "The version; also the ETag, sent back in If-Match to change it",
                    example = "1") long version) {

        static ScalingProjectView of(ScalingProject project) {
            return new ScalingProjectView(project.id().toString(), project.owner().toString(), project.name(),
                    project.budget().toPlainString(), project.status(),
                    project.activatedOn().map(LocalDate::toString).orElse(null),
                    project.endedOn().map(LocalDate::toString).orElse(null), project.version());
        }
    }

    @Schema(name = "ScalingProjectPage", description = "One page of scaling projects",
            additionalProperties = Schema.False.class)
    record ScalingProjectPage(
            @Schema(required = true) List<ScalingProjectView> items,
            @Schema(required = true, description = "The page number, from 0") int page,
            @Schema(required = true) int size,
            @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {

        static ScalingProjectPage of(Page<ScalingProject> page) {
            return Paging.envelope(page, ScalingProjectView::of, ScalingProjectPage::new);
        }
    }
}
