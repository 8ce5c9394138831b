package se.esp.domain.packaging;

/** What a component of a service is. */
public enum ComponentKind {
    GROUP_SESSION,
    INDIVIDUAL_SESSION,
    PHYSICAL_MEETING,
    SELF_STUDY_MODULE,
    ASSESSMENT
}
