package se.esp.bootstrap.events;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import se.esp.adapter.persistence.testing.ParticipantFixtures;
import se.esp.adapter.persistence.testing.ResourceFixtures;
import se.esp.domain.application.Answers;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialAward;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.credential.CredentialDefinitionId;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeItemId;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.JointCost;
import se.esp.domain.fee.Membership;
import se.esp.domain.fee.Partnership;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingResumed;
import se.esp.domain.offering.OfferingRetired;
import se.esp.domain.offering.OfferingSuspended;
import se.esp.domain.offering.OfferingVersionPublished;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.packaging.PackagingApproved;
import se.esp.domain.packaging.PackagingCreated;
import se.esp.domain.packaging.PackagingEdited;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.PackagingPublished;
import se.esp.domain.packaging.PackagingRejected;
import se.esp.domain.packaging.PackagingReturned;
import se.esp.domain.packaging.PackagingReviewStarted;
import se.esp.domain.packaging.PackagingRevisionStarted;
import se.esp.domain.packaging.PackagingSubmitted;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.ReviewChecklistChanged;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.project.ScalingProjectStatus;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.settlement.SettlementPeriodClosed;
import se.esp.domain.settlement.SettlementPeriodSettled;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * At least one instance of every domain event type, made by the aggregates themselves, for
 * {@link EventSchemasTest}. Each area adds its events here (one method per area); include the variants whose
 * payload differs in shape, such as optional fields present and absent.
 */
final class DomainEventExamples {

    private static final Instant AT = Instant.parse("2026-11-23T09:15:30.123456789Z");

    private DomainEventExamples() {
    }

    static List<DomainEvent> all() {
        List<DomainEvent> events = new ArrayList<>();
        events.addAll(organisation());
        events.addAll(resource());
        events.addAll(packagingAndOffering());
        events.addAll(feesProjectsAndSettlement());
        events.addAll(participant());
        events.addAll(applicationAndDelivery());
        return events;
    }

    private static List<DomainEvent> organisation() {
        var registration = Organisation.register(OrganisationId.newId(), OrganisationNumber.parse("212000-0837"),
                new OrganisationProfile(new OrganisationName("Ronneby kommun"), OrganisationKind.MUNICIPALITY,
                        new Population(29_021), ParticipationLevel.ACTIVE),
                EnumSet.of(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER), AT);
        var company = Organisation.register(OrganisationId.newId(), OrganisationNumber.parse("556677-8899"),
                new OrganisationProfile(new OrganisationName("Exempel AB"), OrganisationKind.COMPANY, null, null),
                Set.of(), AT);
        Organisation ronneby = registration.organisation();
        return List.of(
                registration.event(),
                company.event(),
                ronneby.update(new OrganisationProfile(new OrganisationName("Ronneby kommun"),
                        OrganisationKind.MUNICIPALITY, new Population(29_100), null), AT.plusSeconds(1)),
                company.organisation().update(new OrganisationProfile(new OrganisationName("Exempel Sverige AB"),
                        OrganisationKind.COMPANY, null, ParticipationLevel.ASSOCIATED), AT.plusSeconds(2)),
                ronneby.changeRoles(Set.of(OrganisationRole.PARTNER), AT.plusSeconds(3)),
                company.organisation().changeRoles(Set.of(), AT.plusSeconds(4)));
    }

    private static List<DomainEvent> resource() {
        LocalDate today = LocalDate.parse("2026-11-23");
        CompetenceCode studyGuidance = new CompetenceCode("study-guidance");
        var employed = Resource.register(ResourceId.newId(), "amina",
                ResourceFixtures.aResource().employedBy(OrganisationId.newId()).speaking("ar", "sv").profile(),
                List.of(new CompetenceDeclaration(studyGuidance, "Teacher's degree", LocalDate.parse("2028-06-30"))),
                AT, today);
        var independent = Resource.register(ResourceId.newId(), "tesfay",
                ResourceFixtures.aResource().named("Tesfay Gebre").speaking("ti").atRate("512.50").profile(),
                List.of(), AT, today);
        Resource amina = employed.resource();
        List<DomainEvent> events = new ArrayList<>();
        events.add(employed.event());
        events.add(independent.event());
        events.add(amina.changeProfile(ResourceFixtures.aResource().named("Amina H.").speaking("ar").profile(), AT));
        events.addAll(amina.verifyCompetence(studyGuidance, "coordinator-1", "checked the degree", AT, today));
        events.add(amina.declareCompetence(new CompetenceDeclaration(new CompetenceCode("nurse"), "Licence",
                LocalDate.parse("2029-01-01")), AT, today));
        events.add(amina.rejectCompetence(new CompetenceCode("nurse"), "coordinator-1", "licence not found", AT));
        events.add(amina.activate("first assignment", AT));
        events.add(amina.suspend("on leave", AT));
        events.add(amina.reinstate("back from leave", AT));
        return events;
    }

    /** The packaging and offering events carry ids and small facts only, so they are made directly. */
    private static List<DomainEvent> packagingAndOffering() {
        PackagingId packaging = PackagingId.newId();
        OfferingId offering = OfferingId.newId();
        OrganisationId supplier = OrganisationId.newId();
        return List.of(
                new PackagingCreated(UUID.randomUUID(), AT, packaging, 1, supplier),
                new PackagingEdited(UUID.randomUUID(), AT, packaging, 1),
                new PackagingSubmitted(UUID.randomUUID(), AT, packaging, 1),
                new PackagingReviewStarted(UUID.randomUUID(), AT, packaging, 1, "coordinator-1"),
                new PackagingReturned(UUID.randomUUID(), AT, packaging, 1, "coordinator-1",
                        List.of(CriterionAssessment.fail("accessibility", "Textning saknas"))),
                new PackagingApproved(UUID.randomUUID(), AT, packaging, 1, "coordinator-1"),
                new PackagingRejected(UUID.randomUUID(), AT, packaging, 1, "coordinator-1", "Dubblett"),
                new PackagingPublished(UUID.randomUUID(), AT, packaging, 1),
                new PackagingRevisionStarted(UUID.randomUUID(), AT, packaging, 2),
                new ReviewChecklistChanged(UUID.randomUUID(), AT, ReviewChecklist.seeded().criteria()),
                new OfferingVersionPublished(UUID.randomUUID(), AT, offering, OfferingVersionId.newId(), 1, packaging,
                        supplier),
                new OfferingSuspended(UUID.randomUUID(), AT, offering, "Paus under sommaren"),
                new OfferingResumed(UUID.randomUUID(), AT, offering),
                new OfferingRetired(UUID.randomUUID(), AT, offering, "Ersatt av en ny tjänst"));
    }

    /**
     * The fee schedule and scaling projects through their aggregates; open-ended and ended agreements, a joint cost
     * split by population and one by participants. Settlement events carry a run's figures, so they are made
     * directly: with net positions, and a close of a month in which nobody owed anything.
     */
    private static List<DomainEvent> feesProjectsAndSettlement() {
        LocalDate firstOfYear = LocalDate.parse("2026-01-01");
        OrganisationId ronneby = OrganisationId.newId();
        OrganisationId borlange = OrganisationId.newId();
        OrganisationId partner = OrganisationId.newId();
        var established = FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(firstOfYear, ExampleFeeRates.pricesOf(2026)), AT);
        FeeSchedule schedule = established.schedule();
        FeeItemId openEnded = FeeItemId.newId();
        FeeItemId membership = FeeItemId.newId();
        FeeItemId jointCost = FeeItemId.newId();
        List<DomainEvent> events = new ArrayList<>();
        events.add(established.event());
        events.add(schedule.changeRates(new RatesVersion(LocalDate.parse("2027-01-01"), ExampleFeeRates.pricesOf(2027)),
                AT.plusSeconds(1)));
        events.add(schedule.agree(new Partnership(openEnded, partner, Money.ofKronor(250_000), BillingPeriod.YEAR,
                LocalDate.parse("2026-07-01"), null), AT.plusSeconds(2)));
        events.add(schedule.agree(new Partnership(FeeItemId.newId(), partner, Money.ofKronor(30_000),
                BillingPeriod.QUARTER, firstOfYear, LocalDate.parse("2026-06-30")), AT.plusSeconds(3)));
        events.add(schedule.admit(new Membership(membership, ronneby, firstOfYear, null), AT.plusSeconds(4)));
        events.add(schedule.admit(new Membership(FeeItemId.newId(), borlange, firstOfYear,
                LocalDate.parse("2026-12-31")), AT.plusSeconds(5)));
        events.add(schedule.end(openEnded, LocalDate.parse("2026-12-31"), AT.plusSeconds(6)));
        events.add(schedule.end(membership, LocalDate.parse("2026-12-31"), AT.plusSeconds(7)));
        events.add(schedule.record(new JointCost(jointCost, "Gemensam tolkupphandling", Money.ofKronor(90_000),
                CostKey.BY_POPULATION, List.of(new CostShare(ronneby, 0), new CostShare(borlange, 0)),
                YearMonth.parse("2026-11"), null), AT.plusSeconds(8)));
        events.add(schedule.record(new JointCost(FeeItemId.newId(), "Utbildningsdag", Money.ofKronor(12_000),
                CostKey.BY_PARTICIPANTS, List.of(new CostShare(ronneby, 3), new CostShare(borlange, 1)),
                YearMonth.parse("2026-11"), null), AT.plusSeconds(9)));
        events.add(schedule.cancelJointCost(jointCost, LocalDate.parse("2026-11-20"), AT.plusSeconds(10)));

        var registration = ScalingProject.register(ScalingProjectId.newId(), ronneby,
                "Studiehandledning – nationell skala", Money.ofKronor(800_000), AT);
        events.add(registration.event());
        events.add(registration.project().changeStatus(ScalingProjectStatus.ACTIVE, LocalDate.parse("2026-11-01"),
                AT.plusSeconds(1)));

        YearMonth november = YearMonth.parse("2026-11");
        events.add(new SettlementPeriodSettled(UUID.randomUUID(), AT, november, 1, 7, Money.ofKronor(975)));
        events.add(new SettlementPeriodClosed(UUID.randomUUID(), AT, november, 2,
                Map.of(ronneby, Money.parse("14025.00"), borlange, Money.parse("-6500.00"))));
        events.add(new SettlementPeriodClosed(UUID.randomUUID(), AT, november.plusMonths(1), 1, Map.of()));
        return events;
    }

    /** Through the aggregate, from registration to anonymisation; the payloads carry ids only, never the person. */
    private static List<DomainEvent> participant() {
        var registration = Participant.register(ParticipantId.newId(), OrganisationId.newId(),
                ParticipantFixtures.aParticipant().details(), AT);
        Participant amina = registration.participant();
        return List.of(
                registration.event(),
                amina.change(ParticipantFixtures.aParticipant().withoutIdentityNumber().details(), AT.plusSeconds(1)),
                amina.complete(AT.plusSeconds(2)),
                amina.anonymise(AT.plusSeconds(3)));
    }

    /**
     * The worked example through the aggregates: an application received, waitlisted, matched into a delivery that
     * opened, started and completed; another cancelled before the start, its places released, and a delivery
     * cancelled with its application back to waiting.
     */
    private static List<DomainEvent> applicationAndDelivery() {
        OrganisationId olofstrom = OrganisationId.newId();
        OrganisationId ronneby = OrganisationId.newId();
        Application application = Application.submit(ApplicationId.newId(), olofstrom, "olofstrom-consumer", null,
                OfferingId.newId(), OfferingVersionId.newId(), ronneby,
                List.of(new ApplicationParticipant(ParticipantId.newId(), Set.of(), Answers.none()),
                        new ApplicationParticipant(ParticipantId.newId(), Set.of(), Answers.none())),
                LanguageCode.of("ar"), LocalDate.of(2026, 12, 7), false, AT).application();
        List<DomainEvent> events = new ArrayList<>();
        events.add(Application.submit(ApplicationId.newId(), olofstrom, "olofstrom-consumer",
                new IdempotencyKey("olofstrom-2026-0042"), OfferingId.newId(), OfferingVersionId.newId(), ronneby,
                application.participants(), LanguageCode.of("ti"), LocalDate.of(2026, 12, 7), true, AT).event());
        events.add(application.waitlist("MINIMUM_GROUP_NOT_REACHED", "Waiting for more participants.", AT)
                .orElseThrow());
        var opening = Delivery.open(DeliveryId.newId(), application.offeringVersion(),
                ronneby, "Study guidance online, Arabic", LanguageCode.of("ar"), new ResourceAssignment(
                        ResourceId.newId(), "Amina Haddad", OrganisationId.newId(), Money.parse("450.00"),
                        new BigDecimal("10")), List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "10:00")),
                LocalDate.of(2026, 12, 7), LocalDate.of(2027, 2, 14), 8, Money.parse("6500.00"),
                CostSplitRule.PER_PARTICIPANT, AT);
        Delivery delivery = opening.delivery();
        events.add(opening.event());
        events.add(delivery.seat(application.id(), olofstrom, application.participantIds(), AT));
        events.add(application.match(delivery.id(), "Opened a new Arabic delivery.", AT));
        events.add(application.confirm(AT));
        events.add(delivery.start(AT));
        events.add(application.start(AT));
        events.add(delivery.complete(Map.of(application.participantIds().get(0), ParticipationOutcome.COMPLETED,
                application.participantIds().get(1), ParticipationOutcome.NOT_COMPLETED), AT));
        events.add(application.complete(AT));
        events.addAll(credentials(delivery));

        Application cancelled = Application.submit(ApplicationId.newId(), olofstrom, "olofstrom-consumer", null,
                OfferingId.newId(), OfferingVersionId.newId(), ronneby, application.participants(),
                LanguageCode.of("ar"), LocalDate.of(2026, 12, 7), false, AT).application();
        Delivery planned = Delivery.open(DeliveryId.newId(), cancelled.offeringVersion(), ronneby, "Study guidance online, Arabic", LanguageCode.of("ar"),
                delivery.resource(), delivery.sessionSlots(), delivery.startsOn(), delivery.lastDay(), 8,
                Money.parse("6500.00"), CostSplitRule.EQUALLY, AT).delivery();
        planned.seat(cancelled.id(), olofstrom, cancelled.participantIds(), AT);
        cancelled.match(planned.id(), "Placed.", AT);
        events.add(cancelled.cancel("Fick plats lokalt", AT));
        events.add(planned.release(cancelled.id(), AT).orElseThrow());
        events.add(planned.cancel("every application in it was cancelled before the start", AT));
        return events;
    }

    /** A definition defined and revised, and the credential the completed delivery's completer earned. */
    private static List<DomainEvent> credentials(Delivery completed) {
        CredentialTerms terms = new CredentialTerms(LocalisedText.svEn("Studievägledning", "Study guidance"),
                LocalisedText.svEn("Att hitta sin väg i utbildningssystemet.", "Finding one's way in education."),
                LocalisedText.svEn("Deltagit i alla pass.", "Attended every session."),
                List.of(new Alignment(AlignmentKind.ESCO_SKILL,
                        "http://data.europa.eu/esco/skill/0a7b2e7c-2a54-4d55-8e3a-8b6f6f3d9b11", "plan a career")),
                new BigDecimal("2.5"), 36);
        var definition = CredentialDefinition.define(CredentialDefinitionId.newId(), new MicroCredentialRef("SV-1"),
                terms, AT);
        List<DomainEvent> events = new ArrayList<>();
        events.add(definition.event());
        events.add(definition.definition().revise(terms, AT));
        List<CredentialAward.Issuance> issued = CredentialAward.onCompletion(completed,
                List.of(definition.definition()), CredentialId::newId, AT);
        issued.forEach(issuance -> events.add(issuance.event()));
        events.add(CredentialRevocation.revoke(issued.get(0).credential(), Optional.empty(),
                "Utfärdad av misstag", "example-admin", AT).event());
        return events;
    }
}
