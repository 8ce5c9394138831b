package se.esp.domain.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.participant.PersonalIdentityNumber;

/**
 * What the rules check of one participant being applied for: the identity number if given, the stated target
 * groups and the raw answers. Nothing here is stored as it is.
 *
 * @param identityNumber {@code null} when not given
 */
public record Applicant(PersonalIdentityNumber identityNumber, Set<TargetGroup> targetGroups,
                        Map<String, RawAnswer> answers) {

    public Applicant {
        targetGroups = targetGroups == null || targetGroups.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(targetGroups));
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    @Override
    public String toString() {
        return "Applicant[***]";
    }
}
