package se.esp.domain.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.participant.ParticipantId;

/**
 * A participant an application is for: the participant (personal data lives there), the target groups the
 * consumer states they belong to, and their answers to the form.
 */
public record ApplicationParticipant(ParticipantId participant, Set<TargetGroup> targetGroups, Answers answers) {

    public ApplicationParticipant {
        Objects.requireNonNull(participant, "participant");
        targetGroups = targetGroups == null || targetGroups.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(targetGroups));
        answers = Objects.requireNonNullElse(answers, Answers.none());
    }
}
