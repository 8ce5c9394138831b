package se.esp.adapter.web.console.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

class ProfileFormTest {

    private static final OrganisationId MALMO = OrganisationId.newId();

    private static ProfileForm mina() {
        ProfileForm form = ProfileForm.empty("Mina Studiehandledare", MALMO);
        form.setLanguages(new String[] {"ar", "sv"});
        form.setHourlyRate(Money.parse("450.00"));
        form.getSlots().get(0).setDay(DayOfWeek.TUESDAY);
        form.getSlots().get(0).setStart("10:00");
        form.getSlots().get(0).setEnd("12.00");
        form.setMaxHoursPerWeek(4);
        return form;
    }

    @Test
    void aNewPersonsFormIsEmployedByTheirOrganisationWithSpareRowsAndBecomesTheProfile() {
        ProfileForm form = mina();

        assertThat(form.getEmployerId()).isEqualTo(MALMO.toString());
        assertThat(form.getSlots()).hasSize(ProfileForm.SPARE_SLOTS);
        assertThat(form.toProfile()).isEqualTo(new ResourceProfile("Mina Studiehandledare",
                Set.of(LanguageCode.of("ar"), LanguageCode.of("sv")), MALMO, Money.parse("450.00"),
                new Availability(List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "10:00", "12:00")), 4)));
    }

    @Test
    void theStoredProfileFillsTheFormWithItsSlotsAndSpareRowsAndNoEmployerWhenIndependent() {
        ResourceProfile stored = new ResourceProfile("Mina", Set.of(LanguageCode.of("ar")), null,
                Money.parse("450.00"), new Availability(List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "11:30"),
                WeeklySlot.of(DayOfWeek.THURSDAY, "13:00", "15:00")), 6));

        ProfileForm form = ProfileForm.of(stored);

        assertThat(form.getEmployerId()).isNull();
        assertThat(form.getLanguages()).containsExactly("ar");
        assertThat(form.getSlots()).hasSize(2 + ProfileForm.SPARE_SLOTS);
        assertThat(form.getSlots().get(0).getStart()).isEqualTo("09:00");
        assertThat(form.getSlots().get(0).getEnd()).isEqualTo("11:30");
        assertThat(form.toProfile()).as("unchanged, so the use case stores nothing").isEqualTo(stored);
    }

    @Test
    void aRowEmptiedIsNoSlotAndAShortTimeIsReadAsPeopleWriteIt() {
        ProfileForm form = ProfileForm.of(mina().toProfile());
        form.getSlots().get(0).setDay(null);
        form.getSlots().get(0).setStart(" ");
        form.getSlots().get(0).setEnd(null);
        form.getSlots().get(2).setDay(DayOfWeek.FRIDAY);
        form.getSlots().get(2).setStart("9:30");
        form.getSlots().get(2).setEnd("11.00");

        assertThat(form.toProfile().availability().slots())
                .containsExactly(WeeklySlot.of(DayOfWeek.FRIDAY, "09:30", "11:00"));
    }

    @Test
    void everyRefusalIsNamedByItsInputAtOnce() {
        ProfileForm form = mina();
        form.setDisplayName(" ");
        form.getSlots().get(0).setEnd("09:00");
        form.getSlots().get(1).setDay(DayOfWeek.MONDAY);
        form.getSlots().get(1).setStart("kl 10");
        form.getSlots().get(1).setEnd("12:00");
        form.setMaxHoursPerWeek(61);
        form.setHourlyRate(Money.parse("0.00"));

        ValidationException refused = catchThrowableOfType(form::toProfile, ValidationException.class);

        assertThat(refused.violations()).extracting(Violation::field, Violation::code).contains(
                org.assertj.core.groups.Tuple.tuple("slots[0].end", ViolationCode.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("slots[1].start", ViolationCode.INVALID_FORMAT),
                org.assertj.core.groups.Tuple.tuple("displayName", ViolationCode.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("hourlyRate", ViolationCode.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("availability.maxHoursPerWeek", ViolationCode.OUT_OF_RANGE));
    }

    @Test
    void theCapAndOverlapsAreTheAvailabilitysRefusals() {
        ProfileForm form = mina();
        form.setMaxHoursPerWeek(61);
        form.getSlots().get(1).setDay(DayOfWeek.TUESDAY);
        form.getSlots().get(1).setStart("11:00");
        form.getSlots().get(1).setEnd("13:00");

        ValidationException refused = catchThrowableOfType(form::toProfile, ValidationException.class);

        assertThat(refused.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "availability.slots", "availability.maxHoursPerWeek");
    }

    @Test
    void aCompetenceIsOptionalOnlyWhenNothingIsTypedAndItsRefusalsAreNamedLikeTheInputs() {
        CompetenceForm none = new CompetenceForm();
        assertThat(none.toDeclarationIfAny()).isEmpty();

        CompetenceForm partly = new CompetenceForm();
        partly.setCode("Study guidance");
        ValidationException refused = catchThrowableOfType(partly::toDeclarationIfAny, ValidationException.class);
        assertThat(refused.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("code", "evidence");

        CompetenceForm typed = new CompetenceForm();
        typed.setCode(" Study-Guidance ");
        typed.setEvidence("Studie- och yrkesvägledarexamen");
        typed.setExpiresOn(LocalDate.of(2028, 12, 7));
        assertThat(typed.toDeclarationIfAny()).contains(new CompetenceDeclaration(
                new se.esp.domain.shared.CompetenceCode("study-guidance"), "Studie- och yrkesvägledarexamen",
                LocalDate.of(2028, 12, 7)));
    }
}
