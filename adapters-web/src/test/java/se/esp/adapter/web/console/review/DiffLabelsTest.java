package se.esp.adapter.web.console.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DiffLabelsTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void namesTheFieldsOfTheContentInTheReadersLanguage() {
        assertThat(DiffLabels.field("groupSize.max", SV)).isEqualTo("Största gruppstorlek");
        assertThat(DiffLabels.field("groupSize.max", EN)).isEqualTo("Largest group");
        assertThat(DiffLabels.field("titles.ar", SV)).isEqualTo("Titel (arabiska)");
        assertThat(DiffLabels.field("components[1].durationMinutes", SV)).isEqualTo("Komponent 2: längd (minuter)");
        assertThat(DiffLabels.field("costModel.physical.premises", EN)).isEqualTo("Premises (physical)");
    }

    @Test
    void aPathTheBundleDoesNotNameStaysAsTheApiWritesIt() {
        assertThat(DiffLabels.field("applicationForm[key=level].choices[value=basic].label.sv", SV))
                .isEqualTo("applicationForm[key=level].choices[value=basic].label.sv");
        assertThat(DiffLabels.field("components[0].somethingNew", SV)).isEqualTo("components[0].somethingNew");
    }

    @Test
    void valuesAreShownAsTheConsoleShowsThem() {
        assertThat(DiffLabels.value("pricePerParticipant", "1234.50", SV)).isEqualTo("1\u00a0234,50\u00a0kr");
        assertThat(DiffLabels.value("phase", "ESTABLISHMENT", SV)).isEqualTo("Etablering");
        assertThat(DiffLabels.value("components[0].setting", "ONLINE", SV)).isEqualTo("Online");
        assertThat(DiffLabels.value("deliveryLanguages", "ar, so", EN)).isEqualTo("Arabic, Somali");
        assertThat(DiffLabels.value("identityNumberRequired", "true", SV)).isEqualTo("Ja");
        assertThat(DiffLabels.value("groupSize.max", null, SV)).isEqualTo("–");
        assertThat(DiffLabels.value("groupSize.max", "16", SV)).isEqualTo("16");
    }
}
