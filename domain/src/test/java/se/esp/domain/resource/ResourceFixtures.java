package se.esp.domain.resource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/** Small builders for resource tests. */
final class ResourceFixtures {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final CompetenceCode STUDY_GUIDANCE = new CompetenceCode("study-guidance");

    private ResourceFixtures() {
    }

    static ResourceProfile profile(OrganisationId employer, String... languages) {
        return new ResourceProfile("Amina Haddad",
                Set.of(languages).stream().map(LanguageCode::new).collect(java.util.stream.Collectors.toSet()),
                employer, Money.ofKronor(450),
                new Availability(List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "10:00", "12:00"),
                        WeeklySlot.of(DayOfWeek.THURSDAY, "13:00", "16:00")), 4));
    }

    static CompetenceDeclaration studyGuidanceUntil(String date) {
        return new CompetenceDeclaration(STUDY_GUIDANCE, "Teacher's degree, Malmö University 2015",
                LocalDate.parse(date));
    }

    static Resource applied(OrganisationId employer) {
        return Resource.register(ResourceId.newId(), "amina", profile(employer, "ar", "sv"),
                List.of(studyGuidanceUntil("2027-06-30")), NOW, TODAY).resource();
    }
}
