package se.esp.domain.matching;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/** Builders for matching tests, with the worked example's people and places. */
final class MatchingFixtures {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final Instant MORNING = Instant.parse("2026-11-23T08:00:00Z");
    static final CompetenceCode STUDY_GUIDANCE = new CompetenceCode("study-guidance");
    static final LanguageCode ARABIC = new LanguageCode("ar");
    static final LanguageCode TIGRINYA = new LanguageCode("ti");
    static final OrganisationId OLOFSTROM = OrganisationId.newId();
    static final OrganisationId BORLANGE = OrganisationId.newId();
    static final OrganisationId RONNEBY = OrganisationId.newId();

    private MatchingFixtures() {
    }

    /** "Study guidance online": 10 weekly sessions of 60 min, groups of 3 to 8, in Arabic and Tigrinya. */
    static OfferingRequirement studyGuidance() {
        return new OfferingRequirement(OfferingVersionId.newId(), "Study guidance online",
                Set.of(STUDY_GUIDANCE), Set.of(ARABIC, TIGRINYA), new SessionPlan(1, 60, 10), new GroupSize(3, 8));
    }

    static WaitingApplication application(OfferingRequirement offering, OrganisationId consumer, int participants,
                                          LanguageCode language, int minutesAfterMorning) {
        return new WaitingApplication(ApplicationId.newId(), offering.offeringVersion(), consumer,
                participants, language, TODAY.plusDays(7), false, MORNING.plusSeconds(60L * minutesAfterMorning));
    }

    static WaitingApplication urgent(WaitingApplication application) {
        return new WaitingApplication(application.id(), application.offeringVersion(), application.consumer(),
                application.participants(), application.language(), application.earliestStart(), true,
                application.receivedAt());
    }

    static ResourceBuilder aResource(String name) {
        return new ResourceBuilder(name);
    }

    static final class ResourceBuilder {
        private final String name;
        private ResourceId id = ResourceId.newId();
        private String employer;
        private Money rate = Money.ofKronor(450);
        private final Map<CompetenceCode, LocalDate> competences = new TreeMap<>();
        private final List<LanguageCode> languages = new ArrayList<>();
        private final List<WeeklySlot> slots = new ArrayList<>();
        private int capHours = 10;

        ResourceBuilder(String name) {
            this.name = name;
        }

        ResourceBuilder withId(ResourceId id) {
            this.id = id;
            return this;
        }

        ResourceBuilder employedBy(String employer) {
            this.employer = employer;
            return this;
        }

        ResourceBuilder at(long kronorPerHour) {
            this.rate = Money.ofKronor(kronorPerHour);
            return this;
        }

        ResourceBuilder holding(CompetenceCode code, String until) {
            competences.put(code, LocalDate.parse(until));
            return this;
        }

        ResourceBuilder speaking(LanguageCode... codes) {
            languages.addAll(List.of(codes));
            return this;
        }

        ResourceBuilder free(DayOfWeek day, String from, String to) {
            slots.add(new WeeklySlot(day, LocalTime.parse(from), LocalTime.parse(to)));
            return this;
        }

        ResourceBuilder cap(int hours) {
            this.capHours = hours;
            return this;
        }

        ResourceSupply build() {
            List<WeeklySlot> availability = slots.isEmpty()
                    ? List.of(new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(16, 0)))
                    : slots;
            return new ResourceSupply(id, name, employer, rate, competences, Set.copyOf(languages), availability,
                    capHours * 60);
        }
    }
}
