package se.esp.domain.credential;

/** What a credential is aligned to; the target is named by a URI in every case. */
public enum AlignmentKind {
    /** A skill or competence in ESCO (the European classification), e.g. {@code http://data.europa.eu/esco/skill/…}. */
    ESCO_SKILL,
    /** An occupation in ESCO, e.g. {@code http://data.europa.eu/esco/occupation/…}. */
    ESCO_OCCUPATION,
    /** A unit of an industry-validated occupational profile (yrkesprofil) published by the industry's body. */
    OCCUPATIONAL_PROFILE
}
