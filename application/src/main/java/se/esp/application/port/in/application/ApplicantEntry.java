package se.esp.application.port.in.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.esp.domain.application.Applicant;
import se.esp.domain.application.RawAnswer;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.participant.ParticipantDetails;

/**
 * One participant an application is for: their personal data (registered as a participant of the applying
 * organisation when the application is stored), the target groups the consumer states they belong to and their
 * answers to the offering version's form.
 */
public record ApplicantEntry(ParticipantDetails details, Set<TargetGroup> targetGroups,
                             Map<String, RawAnswer> answers) {

    public ApplicantEntry {
        Objects.requireNonNull(details, "details");
        targetGroups = targetGroups == null || targetGroups.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(targetGroups));
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** What the offering's rules check of this participant. */
    public Applicant applicant() {
        return new Applicant(details.identityNumber(), targetGroups, answers);
    }

    @Override
    public String toString() {
        return "ApplicantEntry[***]";
    }
}
