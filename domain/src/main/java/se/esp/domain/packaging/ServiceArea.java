package se.esp.domain.packaging;

/** What kind of service it is; a catalogue facet. */
public enum ServiceArea {
    STUDY_GUIDANCE,
    CIVIC_ORIENTATION,
    LANGUAGE_LEARNING,
    HEALTH,
    EDUCATION,
    EMPLOYMENT,
    VOCATIONAL_TRAINING,
    PARENTING_AND_FAMILY,
    SOCIAL_SUPPORT,
    DIGITAL_INCLUSION
}
