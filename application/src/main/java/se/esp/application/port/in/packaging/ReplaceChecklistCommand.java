package se.esp.application.port.in.packaging;

import java.util.List;

import se.esp.domain.packaging.ReviewCriterion;

/** The owner's new review checklist, based on the version read (0 for the seeded checklist). */
public record ReplaceChecklistCommand(long expectedVersion, List<ReviewCriterion> criteria) {

    public ReplaceChecklistCommand {
        criteria = List.copyOf(criteria);
    }
}
