package se.esp.adapter.web.console.supplier;

import java.util.Map;
import java.util.Optional;

/**
 * Where in the packaging editor a reviewer's remark belongs: the part of the form each criterion of the seeded
 * checklist judges. A criterion the owner added (or one judging the packaging as a whole, such as accessibility) has
 * no one part, so its remark stands at the top of the editor.
 */
public enum RemarkPlacement {

    /** Titles and descriptions: what the service is for. */
    TEXTS,
    TARGET_GROUPS,
    COMPONENTS,
    APPLICATION_FORM,
    COSTING,
    /** The top of the editor: no single part of the form. */
    TOP;

    private static final Map<String, RemarkPlacement> SEEDED = Map.of(
            "goal-stated", TEXTS,
            "target-group-described", TARGET_GROUPS,
            "method-and-pedagogy", COMPONENTS,
            "competence-requirement-defined", COMPONENTS,
            "personal-data-handling", APPLICATION_FORM,
            "price-justified", COSTING);

    public static RemarkPlacement of(String criterion) {
        return Optional.ofNullable(SEEDED.get(criterion)).orElse(TOP);
    }
}
