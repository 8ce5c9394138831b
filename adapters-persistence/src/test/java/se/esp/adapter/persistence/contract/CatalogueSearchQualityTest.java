package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.PackagingFixtures.aPackaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.adapter.persistence.testing.PackagingFixtures;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;

/**
 * Search quality on the JPA catalogue (H2): a catalogue of realistic offerings among 400 made-up ones whose
 * descriptions share the common words, and a table of queries — parts of compounds, words typed without diacritics,
 * one typo, inflected forms, Arabic variants, English, Somali and Tigrinya — each with the offerings it must find in
 * its first ten hits (sorted by relevance, the default with text).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueSearchQualityTest {

    private static final OrganisationId SUPPLIER = OrganisationId.newId();
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private final Map<String, OfferingId> offerings = new LinkedHashMap<>();
    private PersistenceAdapters adapters;

    @BeforeAll
    void aCatalogue() {
        adapters = Backends.fresh(Backend.H2);
        List<CatalogueEntry> entries = new ArrayList<>();
        add(entries, "studievag-ar", aPackaging()
                .titled("Studievägledning online på arabiska", "Study guidance online in Arabic")
                .alsoTitled("ar", "التوجيه الدراسي عبر الإنترنت باللغة العربية"));
        add(entries, "studievag-so", aPackaging()
                .titled("Studievägledning på somaliska", "Study guidance in Somali")
                .alsoTitled("so", "Hagitaanka waxbarashada ee af-Soomaali"));
        add(entries, "studievag-ti", aPackaging()
                .titled("Studievägledning på tigrinska", "Study guidance in Tigrinya")
                .alsoTitled("ti", "ምኽሪ ትምህርቲ ብትግርኛ"));
        add(entries, "samhall", aPackaging()
                .titled("Samhällsorientering för nyanlända", "Civic orientation for newcomers")
                .alsoTitled("ar", "التوجيه المدني للقادمين الجدد"));
        add(entries, "yrkes", aPackaging().titled("Yrkesvägledning för vuxna", "Career guidance for adults"));
        add(entries, "vard", aPackaging()
                .titled("Förberedande kurs i vård och omsorg", "Preparatory course in health and social care"));
        add(entries, "barnskotare", aPackaging()
                .titled("Barnskötarutbildning med svenska", "Childcare worker training with Swedish"));
        add(entries, "korkort", aPackaging().titled("Körkortsteori på arabiska", "Driving licence theory in Arabic")
                .alsoTitled("ar", "نظرية رخصة القيادة باللغة العربية"));
        add(entries, "foraldrar", aPackaging().titled("Föräldrastöd i grupp", "Parenting support in groups")
                .alsoTitled("so", "Taageerada waalidiinta"));
        add(entries, "digital", aPackaging().titled("Digitala färdigheter för seniorer", "Digital skills for seniors"));
        add(entries, "ekonomi", aPackaging().titled("Privatekonomi och budget", "Personal finance and budgeting")
                .alsoTitled("ar", "الاقتصاد الشخصي والميزانية"));
        add(entries, "halsa", aPackaging()
                .titled("Hälsokommunikatör på tigrinska", "Health communicator in Tigrinya"));
        add(entries, "cykel", aPackaging().titled("Cykelkurs för vuxna", "Cycling course for adults"));
        add(entries, "idrott", aPackaging().titled("Idrottsledarutbildning", "Sports leader training"));
        entries.addAll(madeUp(400));
        adapters.transactions().inTransaction(() -> adapters.catalogue().putAll(entries));
    }

    private void add(List<CatalogueEntry> entries, String key, PackagingFixtures offering) {
        CatalogueEntry entry = offering.described("Ett utbud i den nationella katalogen.",
                "An offering in the national catalogue.").entryOf(SUPPLIER, "Exempel kommun", AT);
        offerings.put(key, entry.offeringId());
        entries.add(entry);
    }

    /**
     * Offerings whose titles look alike (some begin like the query words) and whose descriptions carry the
     * common words (kurs, vägledning, online, arabiska…), so a query matches many and only ranking puts the right
     * ones first.
     */
    private static List<CatalogueEntry> madeUp(int count) {
        String[] subjects = {"Matlagning", "Vägarbete", "Orienteringslöpning", "Trädgårdsodling", "Sömnad",
                "Snickeri", "Fotografering", "Schack", "Körsång", "Bokcirkel", "Språkcafé", "Simning", "Keramik"};
        String[] groups = {"för unga", "för föräldralediga", "i Malmö", "i Ronneby", "på distans", "för pensionärer"};
        String[] common = {"kursen", "vägledning", "online", "arabiska", "svenska", "utbildning", "stöd",
                "hälsa", "ekonomi", "guidance", "course", "training", "skills"};
        Random random = new Random(16);
        List<CatalogueEntry> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = subjects[random.nextInt(subjects.length)] + " " + groups[random.nextInt(groups.length)]
                    + " " + (i + 1);
            String words = common[random.nextInt(common.length)] + " " + common[random.nextInt(common.length)]
                    + " " + common[random.nextInt(common.length)];
            made.add(aPackaging().titled(title, "Activity " + (i + 1))
                    .described("Träffar med " + words + ".", "Meetings with " + words + ".")
                    .entryOf(SUPPLIER, "Exempel kommun", AT.plusSeconds(i)));
        }
        return made;
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = ';', value = {
            // parts of compounds
            "vägledning; studievag-ar studievag-so studievag-ti yrkes",
            "orientering; samhall",
            "utbildning; barnskotare idrott",
            "teori; korkort",
            "kommunikatör; halsa",
            "ekonomi; ekonomi",
            // typed without diacritics
            "studievagledning; studievag-ar studievag-so studievag-ti",
            "samhallsorientering; samhall",
            "korkortsteori; korkort",
            "foraldrastod; foraldrar",
            "halsokommunikator; halsa",
            "fardigheter; digital",
            // one typo
            "studievägledninng; studievag-ar studievag-so studievag-ti",
            "samhällsorentering; samhall",
            "yrkesvägleding; yrkes",
            "barnskötarutbilning; barnskotare",
            "körkortsteorri; korkort",
            // inflected forms
            "kurser; vard cykel",
            "kursen; vard cykel",
            "seniorerna; digital",
            "budgeten; ekonomi",
            "färdighet; digital",
            // English
            "study guidance; studievag-ar studievag-so studievag-ti",
            "parents; foraldrar",
            "skill; digital",
            "courses; vard cykel",
            "drive; korkort",
            "adult; yrkes cykel",
            // Arabic: without the article, other letter forms, diacritics
            "توجيه; studievag-ar samhall",
            "التوجية الدراسى; studievag-ar",
            "رخصه القياده; korkort",
            "الإقتصاد; ekonomi",
            "بالعربية; studievag-ar korkort",
            "التَّوْجِيهُ; studievag-ar samhall",
            // Somali and Tigrinya, folded only
            "waalidiinta; foraldrar",
            "Waxbarashada; studievag-so",
            "ትምህርቲ; studievag-ti",
            // several words, all needed
            "studievägledning arabiska; studievag-ar",
            "kurs vuxna; cykel",
    })
    void findsTheOfferingsMeantInItsFirstTenHits(String query, String expected) {
        List<OfferingId> firstTen = adapters.transactions().inTransaction(() -> adapters.catalogue()
                .search(CatalogueQuery.builder().text(query).page(0, 10).build())).hits().items().stream()
                .map(CatalogueEntry::offeringId).toList();

        List<OfferingId> meant = Arrays.stream(expected.trim().split(" +")).map(offerings::get).toList();
        assertThat(firstTen).as(query).containsAll(meant);
    }
}
