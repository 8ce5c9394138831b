package se.esp.domain.resource;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Text;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * What a resource person says about themselves, apart from competences: the name shown to coordinators and in
 * match explanations, the languages they deliver in, who employs them (the organisation paid for their hours; none
 * when independent), their hourly rate and their weekly availability.
 *
 * @param employer {@code null} for an independent resource
 */
public record ResourceProfile(String displayName, Set<LanguageCode> languages, OrganisationId employer,
                              Money hourlyRate, Availability availability) {

    public static final int MAX_NAME_LENGTH = 200;

    public ResourceProfile {
        displayName = Text.requireText("displayName", displayName, MAX_NAME_LENGTH);
        if (languages == null || languages.isEmpty()) {
            throw ValidationException.of("languages", ViolationCode.REQUIRED,
                    "at least one language (ISO 639-1, e.g. ar) is required");
        }
        languages = Collections.unmodifiableSet(new TreeSet<>(languages));
        if (hourlyRate == null) {
            throw ValidationException.of("hourlyRate", ViolationCode.REQUIRED, "must be given, e.g. 450.00");
        }
        if (!hourlyRate.isPositive()) {
            throw ValidationException.of("hourlyRate", ViolationCode.OUT_OF_RANGE, "must be more than 0.00");
        }
        Objects.requireNonNull(availability, "availability");
    }

    public Optional<OrganisationId> employerIfAny() {
        return Optional.ofNullable(employer);
    }

    public boolean speaks(LanguageCode language) {
        return languages.contains(language);
    }
}
