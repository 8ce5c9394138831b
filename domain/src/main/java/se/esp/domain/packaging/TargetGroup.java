package se.esp.domain.packaging;

/** Whom a service is for; used both to describe a packaging and in its eligibility rules. */
public enum TargetGroup {
    NEWLY_ARRIVED,
    PUPILS,
    UNEMPLOYED_YOUNG_ADULTS,
    ADULT_LEARNERS,
    JOB_SEEKERS,
    SENIORS,
    PARENTS,
    PEOPLE_WITH_DISABILITIES
}
