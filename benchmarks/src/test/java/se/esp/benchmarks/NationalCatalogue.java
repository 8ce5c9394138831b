package se.esp.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueSort;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * A made-up national catalogue, the same for every run (a fixed seed): offerings from 290 suppliers in every
 * phase and service area, delivered in 1-4 of 25 languages, titled in Swedish, English and often the delivery
 * language, with descriptions drawn from a vocabulary of a few thousand words; and the mix of searches a
 * catalogue sees, from one broad page with all facets to narrow combinations of text and filters.
 */
final class NationalCatalogue {

    private static final String[] LANGUAGES = {"ar", "so", "ti", "fa", "ps", "ku", "tr", "ru", "uk", "pl", "bs", "sr",
        "hr", "sq", "am", "es", "fr", "de", "fi", "en", "sv", "zh", "th", "vi", "ur"};
    private static final Map<ServiceArea, String[]> TOPICS = Map.of(
            ServiceArea.STUDY_GUIDANCE, new String[] {"Studievägledning", "Study guidance"},
            ServiceArea.CIVIC_ORIENTATION, new String[] {"Samhällsorientering", "Civic orientation"},
            ServiceArea.LANGUAGE_LEARNING, new String[] {"Svenska som andraspråk", "Swedish as a second language"},
            ServiceArea.HEALTH, new String[] {"E-hälsa", "E-health"},
            ServiceArea.EDUCATION, new String[] {"Grundläggande matematik", "Basic mathematics"},
            ServiceArea.EMPLOYMENT, new String[] {"Jobbsökarstöd", "Job search support"},
            ServiceArea.VOCATIONAL_TRAINING, new String[] {"Förberedande kurs i vård och omsorg",
                "Preparatory course in care work"},
            ServiceArea.PARENTING_AND_FAMILY, new String[] {"Föräldraskapsstöd", "Parenting support"},
            ServiceArea.SOCIAL_SUPPORT, new String[] {"Samtalsstöd", "Counselling"},
            ServiceArea.DIGITAL_INCLUSION, new String[] {"Digital vardag", "Digital everyday life"});
    private static final String[] FORMS = {"online", "i grupp", "individuellt", "intensivkurs", "fördjupning",
        "grundkurs", "för nyanlända", "för unga vuxna", "för seniorer", "på distans"};

    private final Random random = new Random(20261123L);
    private final List<String> vocabulary = new ArrayList<>();
    private final List<OrganisationId> suppliers = new ArrayList<>();

    NationalCatalogue() {
        String syllables = "ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko la le li lo ma me mi mo na ne ni no "
                + "pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo ny nä ål ås öv";
        String[] parts = syllables.split(" ");
        while (vocabulary.size() < 4_000) {
            vocabulary.add(parts[random.nextInt(parts.length)] + parts[random.nextInt(parts.length)]
                    + parts[random.nextInt(parts.length)] + (random.nextBoolean() ? "ning" : "het"));
        }
        for (int i = 0; i < 290; i++) {
            suppliers.add(new OrganisationId(new UUID(0x5eed, i)));
        }
    }

    List<CatalogueEntry> offerings(int count) {
        List<CatalogueEntry> entries = new ArrayList<>(count);
        ServiceArea[] areas = ServiceArea.values();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            ServiceArea area = areas[random.nextInt(areas.length)];
            Set<LanguageCode> languages = new TreeSet<>();
            int languageCount = 1 + random.nextInt(4);
            while (languages.size() < languageCount) {
                languages.add(LanguageCode.of(LANGUAGES[skewed(LANGUAGES.length)]));
            }
            String language = languages.iterator().next().value();
            String form = FORMS[random.nextInt(FORMS.length)];
            String[] topic = TOPICS.get(area);
            Map<LanguageCode, String> titles = new java.util.HashMap<>(Map.of(
                    LanguageCode.SWEDISH, topic[0] + " " + form + " (" + language + ") nr " + i,
                    LanguageCode.ENGLISH, topic[1] + " " + form + " (" + language + ") no " + i));
            if (!language.equals("sv") && !language.equals("en") && random.nextInt(3) == 0) {
                titles.put(LanguageCode.of(language), topic[1] + " " + words(2));
            }
            Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
            TargetGroup[] allGroups = TargetGroup.values();
            groups.add(allGroups[random.nextInt(allGroups.length)]);
            if (random.nextBoolean()) {
                groups.add(allGroups[random.nextInt(allGroups.length)]);
            }
            Integer minAge = random.nextInt(4) == 0 ? null : new int[] {0, 16, 18, 20, 25, 65}[random.nextInt(6)];
            Integer maxAge = random.nextInt(3) == 0 || (minAge != null && minAge >= 65) ? null
                    : new int[] {15, 24, 64, 67}[random.nextInt(4)];
            if (minAge != null && maxAge != null && minAge > maxAge) {
                maxAge = null;
            }
            int supplier = skewed(suppliers.size());
            entries.add(new CatalogueEntry(OfferingId.newId(), OfferingVersionId.newId(), 1 + random.nextInt(3),
                    suppliers.get(supplier), "Leverantör " + supplier, new LocalisedText(titles),
                    LocalisedText.svEn(words(25), words(25)), Phase.values()[random.nextInt(4)], area, groups,
                    languages, DeliveryMode.values()[random.nextInt(3)],
                    Money.ofKronor(200 + random.nextInt(150) * 100L), minAge, maxAge,
                    start.plusSeconds(random.nextInt(300 * 24 * 3600))));
        }
        return entries;
    }

    /** The searches measured, in turn: broad and narrow, with and without text, first pages and deep ones. */
    List<CatalogueQuery> searches() {
        return List.of(
                CatalogueQuery.everything(),
                CatalogueQuery.builder().text("studievägledning").build(),
                CatalogueQuery.builder().text("samhällsorientering online").deliveryLanguages("ar").build(),
                CatalogueQuery.builder().phases(Phase.PREPARATORY).deliveryModes(DeliveryMode.DIGITAL).build(),
                CatalogueQuery.builder().deliveryLanguages("ti", "so").targetGroups(TargetGroup.NEWLY_ARRIVED)
                        .sort(CatalogueSort.PRICE_ASCENDING).build(),
                CatalogueQuery.builder().price(Money.ofKronor(1000), Money.ofKronor(5000)).eligibleAge(70).build(),
                CatalogueQuery.builder().suppliers(suppliers.get(0), suppliers.get(7)).sort(CatalogueSort.NEWEST)
                        .build(),
                CatalogueQuery.builder().text(vocabulary.get(17)).build(),
                CatalogueQuery.builder().text("e-hälsa").serviceAreas(ServiceArea.HEALTH).eligibleAge(30).build(),
                CatalogueQuery.builder().page(50, 20).build(),
                CatalogueQuery.builder().text("care work").phases(Phase.PREPARATORY, Phase.ESTABLISHMENT)
                        .deliveryModes(DeliveryMode.DIGI_PHYSICAL).page(2, 20).build(),
                CatalogueQuery.builder().text("vård omsorg").deliveryLanguages("sv").sort(CatalogueSort.PRICE_DESCENDING)
                        .build(),
                // language-aware: a part of a compound, no diacritics, one typo
                CatalogueQuery.builder().text("vägledning").build(),
                CatalogueQuery.builder().text("studievagledning grupp").build(),
                CatalogueQuery.builder().text("samhällsorienterng").deliveryLanguages("so").build());
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(vocabulary.get(skewed(vocabulary.size()))).append(i % 9 == 8 ? ". " : " ");
        }
        return text.toString().strip();
    }

    /** Lower indexes more often, as with real languages, words and suppliers. */
    private int skewed(int bound) {
        double u = random.nextDouble();
        return (int) (bound * u * u);
    }
}
