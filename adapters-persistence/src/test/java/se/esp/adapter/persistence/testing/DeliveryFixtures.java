package se.esp.adapter.persistence.testing;

import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;
import static se.esp.adapter.persistence.testing.PackagingFixtures.aPackaging;
import static se.esp.adapter.persistence.testing.ResourceFixtures.aResource;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.domain.application.Answers;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.Setting;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * What applications and deliveries refer to, stored on a backend: Ronneby's published offering "study guidance
 * online" (Arabic and Tigrinya, ten sessions of one study-guidance hour, 6 500.00 a participant), Olofström and
 * Borlänge as consumers, and a verified study guide employed by Malmö. Then {@link #application} and
 * {@link #delivery} make the records the contracts store.
 */
public final class DeliveryFixtures {

    public static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    public static final PackagingContent STUDY_GUIDANCE = aPackaging().inLanguages("ar", "ti").forAges(null, null)
            .withComponents(new Component(ComponentKind.GROUP_SESSION, 10, 60, Setting.ONLINE,
                    new ResourceRequirement(new CompetenceCode("study-guidance"), BigDecimal.ONE)))
            .pricedAt("6500.00").content();

    public final Organisation ronneby;
    public final Organisation olofstrom;
    public final Organisation borlange;
    public final Organisation malmo;
    public final Offering offering;
    public final Resource studyGuide;

    private DeliveryFixtures(PersistenceAdapters adapters) {
        var tx = adapters.transactions();
        ronneby = tx.inTransaction(() -> adapters.organisations().save(anOrganisation().named("Ronneby kommun")
                .playing(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER).build()));
        olofstrom = tx.inTransaction(() -> adapters.organisations().save(anOrganisation().named("Olofströms kommun")
                .municipality(13_061).build()));
        borlange = tx.inTransaction(() -> adapters.organisations().save(anOrganisation().named("Borlänge kommun")
                .municipality(51_424).build()));
        malmo = tx.inTransaction(() -> adapters.organisations().save(anOrganisation().named("Malmö stad")
                .municipality(365_252).build()));
        Packaging packaging = tx.inTransaction(() -> adapters.packagings().save(
                Packaging.create(PackagingId.newId(), ronneby.id(), STUDY_GUIDANCE, AT).packaging()));
        offering = tx.inTransaction(() -> adapters.offerings().save(Offering.launch(OfferingId.newId(),
                packaging.id(), ronneby.id(), OfferingVersionId.newId(), 1, STUDY_GUIDANCE, AT).offering()));
        studyGuide = tx.inTransaction(() -> adapters.resources().save(aResource().named("Amina Haddad")
                .employedBy(malmo.id()).speaking("ar", "sv").atRate("450.00")
                .available(10, WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "12:00"))
                .withCompetence("study-guidance", "2028-06-30").verifiedBy("coordinator").build()));
    }

    public static DeliveryFixtures storedIn(PersistenceAdapters adapters) {
        return new DeliveryFixtures(adapters);
    }

    /** A received application of the consumer for so many new participants, not stored. */
    public Application application(Organisation consumer, int participants, String language, IdempotencyKey key,
                                   Instant receivedAt) {
        List<ApplicationParticipant> seats = java.util.stream.IntStream.range(0, participants)
                .mapToObj(i -> new ApplicationParticipant(ParticipantId.newId(), Set.of(),
                        new Answers(java.util.Map.of("previousEducation", "Gymnasium " + i)))).toList();
        return Application.submit(ApplicationId.newId(), consumer.id(), "case-officer", key, offering.id(),
                offering.current().id(), ronneby.id(), seats, LanguageCode.of(language), LocalDate.of(2026, 12, 7),
                false, receivedAt).application();
    }

    /** A planned delivery of the offering led by the study guide, with no participants, not stored. */
    public Delivery delivery(LocalDate startsOn, CostSplitRule rule) {
        return Delivery.open(DeliveryId.newId(), offering.current().id(),
                ronneby.id(), "Study guidance online in Arabic", LanguageCode.of("ar"),
                new ResourceAssignment(studyGuide.id(), "Amina Haddad", malmo.id(), Money.parse("450.00"),
                        new BigDecimal("10")),
                List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "10:00")), startsOn, startsOn.plusWeeks(10)
                        .minusDays(1), 8, Money.parse("6500.00"), rule, AT).delivery();
    }

    /** The application's participants seated in the delivery. */
    public static void seat(Delivery delivery, Application application) {
        delivery.seat(application.id(), application.consumer(),
                application.participantIds(), AT);
    }
}
