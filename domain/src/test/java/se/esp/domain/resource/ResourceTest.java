package se.esp.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.domain.resource.ResourceFixtures.NOW;
import static se.esp.domain.resource.ResourceFixtures.STUDY_GUIDANCE;
import static se.esp.domain.resource.ResourceFixtures.TODAY;
import static se.esp.domain.resource.ResourceFixtures.applied;
import static se.esp.domain.resource.ResourceFixtures.profile;
import static se.esp.domain.resource.ResourceFixtures.studyGuidanceUntil;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

class ResourceTest {

    private static final OrganisationId MALMO = OrganisationId.newId();

    @Test
    void registrationStartsAppliedWithEveryCompetencePending() {
        var registration = Resource.register(ResourceId.newId(), "amina", profile(MALMO, "ar"),
                List.of(studyGuidanceUntil("2027-06-30")), NOW, TODAY);

        Resource resource = registration.resource();
        assertThat(resource.status()).isEqualTo(ResourceStatus.APPLIED);
        assertThat(resource.version()).isZero();
        assertThat(resource.competences()).extracting(Competence::status).containsExactly(CompetenceStatus.PENDING);
        assertThat(resource.competencesCountingOn(TODAY)).isEmpty();
        assertThat(registration.event().competences()).extracting(CompetenceDeclaration::code)
                .containsExactly(STUDY_GUIDANCE);
        assertThat(registration.event().personUserId()).isEqualTo("amina");
    }

    @Test
    void verifyingTheFirstCompetenceMakesTheResourceVerified() {
        Resource resource = applied(MALMO);

        List<ResourceEvent> events = resource.verifyCompetence(STUDY_GUIDANCE, "coordinator-1", null, NOW, TODAY);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(CompetenceVerified.class, e -> {
            assertThat(e.code()).isEqualTo(STUDY_GUIDANCE);
            assertThat(e.coordinator()).isEqualTo("coordinator-1");
            assertThat(e.expiresOn()).isEqualTo(LocalDate.parse("2027-06-30"));
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(ResourceStatusChanged.class, e -> {
            assertThat(e.previousStatus()).isEqualTo(ResourceStatus.APPLIED);
            assertThat(e.status()).isEqualTo(ResourceStatus.VERIFIED);
        });
        assertThat(resource.status()).isEqualTo(ResourceStatus.VERIFIED);
        assertThat(resource.status().isMatchable()).isTrue();
    }

    @Test
    void aSecondVerifiedCompetenceDoesNotChangeTheStatusAgain() {
        Resource resource = applied(MALMO);
        resource.verifyCompetence(STUDY_GUIDANCE, "c", null, NOW, TODAY);
        CompetenceCode nurse = new CompetenceCode("nurse");
        resource.declareCompetence(new CompetenceDeclaration(nurse, "Licence 123", LocalDate.parse("2030-01-01")),
                NOW, TODAY);

        assertThat(resource.verifyCompetence(nurse, "c", "ok", NOW, TODAY)).hasSize(1);
    }

    @Test
    void aCompetenceStopsCountingOnItsExpiryDate() {
        Resource resource = applied(MALMO);
        resource.verifyCompetence(STUDY_GUIDANCE, "c", null, NOW, TODAY);

        assertThat(resource.competencesCountingOn(LocalDate.parse("2027-06-29"))).hasSize(1);
        assertThat(resource.competencesCountingOn(LocalDate.parse("2027-06-30"))).isEmpty();
        assertThat(resource.competencesCountingOn(LocalDate.parse("2027-07-01"))).isEmpty();
    }

    @Test
    void anExpiredCompetenceCannotBeVerified() {
        Resource resource = applied(MALMO);

        assertThatThrownBy(() -> resource.verifyCompetence(STUDY_GUIDANCE, "c", null, NOW,
                LocalDate.parse("2027-06-30")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.COMPETENCE_EXPIRED));
        assertThat(resource.status()).isEqualTo(ResourceStatus.APPLIED);
    }

    @Test
    void aDecidedCompetenceIsNotDecidedAgain() {
        Resource resource = applied(MALMO);
        resource.rejectCompetence(STUDY_GUIDANCE, "c", "the diploma is not legible", NOW);

        assertThatThrownBy(() -> resource.verifyCompetence(STUDY_GUIDANCE, "c", null, NOW, TODAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.COMPETENCE_ALREADY_DECIDED));
        assertThatThrownBy(() -> resource.verifyCompetence(new CompetenceCode("nurse"), "c", null, NOW, TODAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.COMPETENCE_NOT_FOUND));
    }

    @Test
    void aRejectionNeedsARemarkAndNeverCounts() {
        Resource resource = applied(MALMO);

        assertThatThrownBy(() -> resource.rejectCompetence(STUDY_GUIDANCE, "c", " ", NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code()).containsExactly("remark:REQUIRED"));
        CompetenceRejected rejected = resource.rejectCompetence(STUDY_GUIDANCE, "c", "not legible", NOW);

        assertThat(rejected.remark()).isEqualTo("not legible");
        assertThat(resource.competence(STUDY_GUIDANCE).orElseThrow().status()).isEqualTo(CompetenceStatus.REJECTED);
        assertThat(resource.competencesCountingOn(TODAY)).isEmpty();
        assertThat(resource.status()).isEqualTo(ResourceStatus.APPLIED);
    }

    @Test
    void renewingACompetenceMakesItPendingUntilVerifiedAgain() {
        Resource resource = applied(MALMO);
        resource.verifyCompetence(STUDY_GUIDANCE, "c", null, NOW, TODAY);

        resource.declareCompetence(studyGuidanceUntil("2029-06-30"), NOW, TODAY);

        assertThat(resource.competence(STUDY_GUIDANCE).orElseThrow().status()).isEqualTo(CompetenceStatus.PENDING);
        assertThat(resource.competencesCountingOn(TODAY)).isEmpty();
        assertThat(resource.status()).isEqualTo(ResourceStatus.VERIFIED);
    }

    @Test
    void aDeclarationAlreadyExpiredIsRefusedByField() {
        assertThatThrownBy(() -> applied(MALMO).declareCompetence(studyGuidanceUntil("2026-11-23"), NOW, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code()).containsExactly("expiresOn:OUT_OF_RANGE"));
    }

    @Test
    void suspendedResourcesAreNotMatchedAndReinstatementRestoresVerified() {
        Resource resource = applied(MALMO);
        resource.verifyCompetence(STUDY_GUIDANCE, "c", null, NOW, TODAY);

        ResourceStatusChanged suspended = resource.suspend("complaint under investigation", NOW);
        assertThat(suspended.previousStatus()).isEqualTo(ResourceStatus.VERIFIED);
        assertThat(resource.status().isMatchable()).isFalse();
        assertThatThrownBy(() -> resource.suspend("again", NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_STATUS_CONFLICT));

        resource.reinstate("investigation closed", NOW);
        assertThat(resource.status()).isEqualTo(ResourceStatus.VERIFIED);
    }

    @Test
    void aResourceWithoutVerifiedCompetencesIsReinstatedAsApplied() {
        Resource resource = applied(MALMO);
        resource.suspend("duplicate registration", NOW);

        assertThat(resource.reinstate("not a duplicate", NOW).status()).isEqualTo(ResourceStatus.APPLIED);
    }

    @Test
    void onlyAVerifiedResourceBecomesActive() {
        Resource resource = applied(MALMO);
        assertThatThrownBy(() -> resource.activate("first assignment", NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_STATUS_CONFLICT));

        resource.verifyCompetence(STUDY_GUIDANCE, "c", null, NOW, TODAY);
        assertThat(resource.activate("first assignment", NOW).status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(resource.status().isMatchable()).isTrue();
    }

    @Test
    void knowsItsEmployer() {
        Resource resource = applied(MALMO);

        assertThat(resource.isEmployedBy(MALMO)).isTrue();
        assertThat(resource.isEmployedBy(OrganisationId.newId())).isFalse();
        assertThat(applied(null).isEmployedBy(MALMO)).isFalse();
    }

    @Test
    void refusesAStaleVersion() {
        Resource stored = Resource.reconstitute(ResourceId.newId(), "amina", profile(MALMO, "ar"), List.of(),
                ResourceStatus.APPLIED, 3);

        assertThatThrownBy(() -> stored.requireVersion(2)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
    }

    @Test
    void aProfileNeedsALanguageAndAPositiveRate() {
        assertThatThrownBy(() -> new ResourceProfile("Amina", Set.of(), null, Money.ofKronor(450),
                Availability.none()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code()).containsExactly("languages:REQUIRED"));
        assertThatThrownBy(() -> new ResourceProfile("Amina", Set.of(new LanguageCode("ar")), null, Money.ZERO,
                Availability.none()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code()).containsExactly("hourlyRate:OUT_OF_RANGE"));
    }

    @Test
    void languagesAreIso639OneCodes() {
        assertThat(LanguageCode.of(" TI ").englishName()).isEqualTo("Tigrinya");
        assertThat(new LanguageCode("ar").englishName()).isEqualTo("Arabic");
        assertThatThrownBy(() -> new LanguageCode("xx")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.code()).containsExactly(ViolationCode.UNKNOWN_VALUE));
        assertThatThrownBy(() -> new LanguageCode("ara")).isInstanceOf(ValidationException.class);
    }

    @Test
    void availabilityRefusesOverlappingSlotsAndAnImpossibleCap() {
        assertThatThrownBy(() -> new Availability(List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "11:00"),
                WeeklySlot.of(DayOfWeek.MONDAY, "10:30", "12:00")), 61))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code())
                        .containsExactly("availability.slots:NOT_ALLOWED", "availability.maxHoursPerWeek:OUT_OF_RANGE"));
        assertThatThrownBy(() -> WeeklySlot.of(DayOfWeek.MONDAY, "11:00", "10:00"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.code()).containsExactly("end:OUT_OF_RANGE"));
    }

    @Test
    void competenceCodesAreWrittenOneWay() {
        assertThat(CompetenceCode.of(" Study-Guidance ")).isEqualTo(STUDY_GUIDANCE);
        assertThatThrownBy(() -> CompetenceCode.of("study guidance")).isInstanceOf(ValidationException.class);
    }
}
