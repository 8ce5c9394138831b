package se.esp.adapter.web.console.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.esp.domain.resource.Availability;
import se.esp.domain.resource.Competence;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.CompetenceStatus;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

class ResourceProfilePageTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aSlotReadsAsADayAndTimesInTheReadersLanguage() {
        WeeklySlot tuesday = WeeklySlot.of(DayOfWeek.TUESDAY, "10:00", "12:00");

        assertThat(ResourceProfilePage.slotText(tuesday, SWEDISH)).isEqualTo("tisdag 10:00–12:00");
        assertThat(ResourceProfilePage.slotText(tuesday, Locale.ENGLISH)).isEqualTo("Tuesday 10:00–12:00");
    }

    @Test
    void languagesAreNamedNotCoded() {
        assertThat(ResourceProfilePage.languageNames(List.of("ar", "sv"), SWEDISH)).isEqualTo("arabiska, svenska");
        assertThat(ResourceProfilePage.languageNames(List.of("ti"), Locale.ENGLISH)).isEqualTo("Tigrinya");
    }

    @Test
    void aCompetenceStopsCountingOnItsExpiryDateAndTheRowSaysSo() {
        Resource resource = Resource.reconstitute(ResourceId.newId(), "mina", new ResourceProfile("Mina",
                        Set.of(LanguageCode.of("ar")), null, Money.parse("450.00"), Availability.none()),
                List.of(new Competence(new CompetenceDeclaration(new CompetenceCode("study-guidance"), "Examen",
                                TODAY), CompetenceStatus.VERIFIED, "coordinator", Instant.parse("2026-01-01T10:00:00Z"),
                                "Kontrollerad"),
                        new Competence(new CompetenceDeclaration(new CompetenceCode("nurse"), "Legitimation",
                                TODAY.plusDays(1)), CompetenceStatus.PENDING, null, null, null)),
                ResourceStatus.VERIFIED, 3);

        List<ResourceProfilePage.CompetenceRow> rows = resource.competences().stream()
                .map(c -> ResourceProfilePage.row(c, TODAY)).toList();

        assertThat(rows).extracting(ResourceProfilePage.CompetenceRow::code,
                        ResourceProfilePage.CompetenceRow::expired, ResourceProfilePage.CompetenceRow::remark)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nurse", false, null),
                        org.assertj.core.groups.Tuple.tuple("study-guidance", true, "Kontrollerad"));
    }
}
