package se.esp.domain.matching;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import se.esp.domain.resource.Competence;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/**
 * Supply: one resource as matching sees it. Only verified competences that count on the day of the run are here,
 * each with its expiry date, because a delivery needs the competence to count on every one of its days.
 *
 * @param employerName {@code null} for an independent resource; for explanations
 * @param competences  verified competences by code, each with its expiry date (the first day it no longer counts)
 */
public record ResourceSupply(ResourceId id, String displayName, String employerName, Money hourlyRate,
                             Map<CompetenceCode, LocalDate> competences, Set<LanguageCode> languages,
                             List<WeeklySlot> availability, int maxMinutesPerWeek) {

    public ResourceSupply {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        competences = Collections.unmodifiableMap(new TreeMap<>(competences));
        languages = Collections.unmodifiableSet(new TreeSet<>(languages));
        availability = List.copyOf(availability);
        if (maxMinutesPerWeek < 0) {
            throw new IllegalArgumentException("the weekly cap cannot be negative");
        }
    }

    /** The resource as supply on {@code asOf}: its competences that count that day, its languages and hours. */
    public static ResourceSupply of(Resource resource, LocalDate asOf, String employerName) {
        Map<CompetenceCode, LocalDate> counting = new TreeMap<>();
        for (Competence competence : resource.competencesCountingOn(asOf)) {
            counting.put(competence.code(), competence.expiresOn());
        }
        var profile = resource.profile();
        return new ResourceSupply(resource.id(), profile.displayName(), employerName, profile.hourlyRate(), counting,
                profile.languages(), profile.availability().slots(), profile.availability().maxMinutesPerWeek());
    }

    /** {@code Amina Haddad (employed by Malmö stad)} or {@code … (independent)}. */
    public String describe() {
        return displayName + (employerName == null ? " (independent)" : " (employed by " + employerName + ")");
    }
}
