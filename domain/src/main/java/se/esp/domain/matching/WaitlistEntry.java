package se.esp.domain.matching;

import java.util.Objects;

import se.esp.domain.shared.ApplicationId;

/** An application that stays waiting, with the reason as a code and in plain language. */
public record WaitlistEntry(ApplicationId application, WaitReason reason, String explanation) implements MatchingDecision {

    public WaitlistEntry {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(reason, "reason");
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("a waitlisted application always has its reason in words");
        }
    }
}
