package se.esp.benchmarks;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import se.esp.domain.matching.MatchingInput;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.ResourceSupply;
import se.esp.domain.matching.SessionPlan;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * A national-scale matching input, the same for the same seed: 290 consumer municipalities, several offerings in up
 * to 25 languages, resources who work for the platform a few hours a week on weekdays, and languages spread as the
 * newly arrived are (a few languages carry most of the demand, many carry a little).
 */
final class NationalDemand {

    /** 25 languages, the most asked first; demand and supply both follow this order's skew. */
    static final List<LanguageCode> LANGUAGES = List.of("ar", "so", "ti", "fa", "uk", "en", "sv", "ps", "ku", "es",
            "fr", "ru", "pl", "tr", "bs", "sq", "am", "th", "vi", "zh", "de", "pt", "ro", "hu", "ur").stream()
            .map(LanguageCode::new).toList();
    static final List<CompetenceCode> COMPETENCES = List.of("study-guidance", "civic-orientation", "nurse",
            "counsellor", "teacher", "job-coach").stream().map(CompetenceCode::new).toList();
    static final LocalDate TODAY = LocalDate.parse("2027-01-11");

    private NationalDemand() {
    }

    static MatchingInput build(long seed, int applications, int resources, int offerings) {
        Random random = new Random(seed);
        List<OfferingRequirement> requirements = offerings(random, offerings);
        List<OrganisationId> consumers = new ArrayList<>();
        for (int i = 0; i < 290; i++) {
            consumers.add(new OrganisationId(new UUID(seed, i)));
        }
        List<ResourceSupply> supply = new ArrayList<>(resources);
        for (int i = 0; i < resources; i++) {
            supply.add(resource(random, i));
        }
        List<WaitingApplication> demand = new ArrayList<>(applications);
        Instant start = Instant.parse("2026-11-01T07:00:00Z");
        for (int i = 0; i < applications; i++) {
            OfferingRequirement offering = requirements.get(random.nextInt(requirements.size()));
            List<LanguageCode> offered = new ArrayList<>(offering.languages());
            LanguageCode language = offered.get(skewed(random, offered.size()));
            demand.add(new WaitingApplication(new ApplicationId(new UUID(seed + 1, i)), offering.offeringVersion(),
                    consumers.get(skewed(random, consumers.size())), 1 + skewed(random, 4), language,
                    TODAY.plusDays(random.nextInt(90)), random.nextInt(10) == 0,
                    start.plusSeconds(random.nextInt(70 * 24 * 3600))));
        }
        return new MatchingInput(TODAY, requirements, demand, supply, List.of());
    }

    private static List<OfferingRequirement> offerings(Random random, int count) {
        List<OfferingRequirement> offerings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<CompetenceCode> competences = new HashSet<>();
            competences.add(COMPETENCES.get(i % COMPETENCES.size()));
            if (random.nextInt(4) == 0) {
                competences.add(COMPETENCES.get(random.nextInt(COMPETENCES.size())));
            }
            Set<LanguageCode> languages = new HashSet<>(LANGUAGES.subList(0, 10 + random.nextInt(16)));
            int min = 3 + random.nextInt(3);
            offerings.add(new OfferingRequirement(new OfferingVersionId(new UUID(7, i)), "Offering " + i,
                    competences, languages, new SessionPlan(1 + random.nextInt(2), 60 + 30 * random.nextInt(2),
                    8 + random.nextInt(5)), new GroupSize(min, min + 5 + random.nextInt(8))));
        }
        return offerings;
    }

    private static ResourceSupply resource(Random random, int i) {
        Map<CompetenceCode, LocalDate> competences = new TreeMap<>();
        int held = 1 + random.nextInt(2);
        while (competences.size() < held) {
            competences.put(COMPETENCES.get(random.nextInt(COMPETENCES.size())),
                    TODAY.plusDays(30 + random.nextInt(900)));
        }
        Set<LanguageCode> languages = new HashSet<>();
        languages.add(new LanguageCode("sv"));
        int spoken = 1 + random.nextInt(2);
        while (languages.size() < spoken + 1) {
            languages.add(LANGUAGES.get(skewed(random, LANGUAGES.size())));
        }
        List<WeeklySlot> slots = new ArrayList<>();
        List<DayOfWeek> days = new ArrayList<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        java.util.Collections.shuffle(days, random);
        for (DayOfWeek day : days.subList(0, 2 + random.nextInt(3))) {
            int from = 8 + random.nextInt(7);
            slots.add(new WeeklySlot(day, LocalTime.of(from, 0), LocalTime.of(from + 2 + random.nextInt(3), 0)));
        }
        return new ResourceSupply(new ResourceId(new UUID(3, i)), "Resource " + i,
                random.nextInt(5) == 0 ? null : "Municipality " + random.nextInt(290),
                Money.ofKronor(380 + 10L * random.nextInt(20)), competences, languages, slots,
                (4 + random.nextInt(13)) * 60);
    }

    /** An index below {@code size}, small ones much more likely (roughly Zipf-like). */
    private static int skewed(Random random, int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) Math.floor(size * u * u * u));
    }
}
