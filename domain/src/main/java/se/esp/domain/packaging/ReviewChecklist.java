package se.esp.domain.packaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * The owner's quality checklist: every review judges each criterion. Until the owner configures one, the seven
 * criteria of the source documents apply ({@link #seeded()}), so a new platform can review from its first day and
 * no database clean-up can leave reviews without criteria.
 */
public final class ReviewChecklist {

    public static final int MAX_CRITERIA = 50;

    private List<ReviewCriterion> criteria;
    private final long version;

    private ReviewChecklist(List<ReviewCriterion> criteria, long version) {
        this.criteria = checked(criteria);
        this.version = version;
    }

    /** The seven criteria the platform starts with (version 0: not stored, not yet changed by the owner). */
    public static ReviewChecklist seeded() {
        return new ReviewChecklist(List.of(
                criterion("goal-stated", "Målet är angivet", "Goal stated"),
                criterion("target-group-described", "Målgruppen är beskriven", "Target group described"),
                criterion("method-and-pedagogy", "Metod och pedagogik", "Method and pedagogy"),
                criterion("accessibility", "Tillgänglighet", "Accessibility"),
                criterion("personal-data-handling", "Hantering av personuppgifter", "Personal data handling"),
                criterion("price-justified", "Priset är motiverat", "Price justified"),
                criterion("competence-requirement-defined", "Kompetenskravet är definierat",
                        "Competence requirement defined")), 0);
    }

    public static ReviewChecklist reconstitute(List<ReviewCriterion> criteria, long version) {
        return new ReviewChecklist(criteria, version);
    }

    /** The owner replaces the checklist; reviews already decided keep the verdicts they had. */
    public ReviewChecklistChanged replace(List<ReviewCriterion> newCriteria, Instant at) {
        this.criteria = checked(newCriteria);
        return new ReviewChecklistChanged(UUID.randomUUID(), at, criteria);
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION, "the review checklist is at version " + version
                    + ", the change was based on version " + expectedVersion);
        }
    }

    /**
     * Checks that a review judges every criterion of this checklist exactly once and nothing else.
     *
     * @throws ValidationException naming {@code assessments} for what is missing, unknown or repeated
     */
    public void requireCompleteVerdict(List<CriterionAssessment> assessments) {
        List<Violation> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> keys = new HashSet<>();
        criteria.forEach(c -> keys.add(c.key()));
        for (int i = 0; i < assessments.size(); i++) {
            String key = assessments.get(i).criterion();
            if (!keys.contains(key)) {
                problems.add(new Violation("assessments[" + i + "].criterion", ViolationCode.UNKNOWN_VALUE,
                        "'" + key + "' is not a criterion of the checklist"));
            } else if (seen.put(key, i) != null) {
                problems.add(new Violation("assessments[" + i + "].criterion", ViolationCode.NOT_ALLOWED,
                        "'" + key + "' is judged twice"));
            }
        }
        List<String> missing = criteria.stream().map(ReviewCriterion::key).filter(k -> !seen.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            problems.add(new Violation("assessments", ViolationCode.REQUIRED,
                    "every criterion must be judged; missing: " + String.join(", ", missing)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    public List<ReviewCriterion> criteria() {
        return criteria;
    }

    /** Number of stored changes; 0 for the seeded checklist. */
    public long version() {
        return version;
    }

    private static List<ReviewCriterion> checked(List<ReviewCriterion> criteria) {
        Objects.requireNonNull(criteria, "criteria");
        Violations violations = new Violations();
        if (criteria.isEmpty()) {
            violations.add("criteria", ViolationCode.REQUIRED, "a checklist needs at least one criterion");
        }
        if (criteria.size() > MAX_CRITERIA) {
            violations.add("criteria", ViolationCode.OUT_OF_RANGE, "at most " + MAX_CRITERIA + " criteria");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            if (!keys.add(criteria.get(i).key())) {
                violations.add("criteria[" + i + "].key", ViolationCode.NOT_ALLOWED,
                        "the key '" + criteria.get(i).key() + "' is used twice");
            }
        }
        violations.throwIfAny();
        return List.copyOf(criteria);
    }

    private static ReviewCriterion criterion(String key, String swedish, String english) {
        return new ReviewCriterion(key, LocalisedText.svEn(swedish, english));
    }
}
