package se.esp.domain.organisation;

/** How deeply an organisation takes part in running the platform; tiers the participation fee. */
public enum ParticipationLevel {
    DRIVING,
    ACTIVE,
    PARTICIPATING,
    ASSOCIATED
}
