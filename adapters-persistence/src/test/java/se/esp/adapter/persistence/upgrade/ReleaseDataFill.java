package se.esp.adapter.persistence.upgrade;

import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;
import static se.esp.adapter.persistence.testing.PackagingFixtures.aPackaging;
import static se.esp.adapter.persistence.testing.ParticipantFixtures.aParticipant;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.jpa.JpaPersistence;
import se.esp.adapter.persistence.jpa.SchemaMigrations;
import se.esp.adapter.persistence.testing.DeliveryFixtures;
import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.application.port.out.Transactions;
import se.esp.domain.application.Answers;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.participant.Participant;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.settlement.Purchase;
import se.esp.domain.settlement.ResourceHours;
import se.esp.domain.settlement.SettlementCalculator;
import se.esp.domain.settlement.SettlementInput;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.settlement.SoldDelivery;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Makes the {@code data.sql} of a release fixture: fills an empty H2 database through the JPA adapters of the code
 * it runs in, then {@link PortableInserts dumps} every table. Run it in a worktree of the release (see
 * {@code src/test/resources/upgrade/README.md}), not on the current code:
 * {@code mvn -q -pl adapters-persistence -am test -Dtest=ReleaseDataFill -Dsurefire.failIfNoSpecifiedTests=false
 * -Desp.upgrade.fixture.out=/tmp/data.sql}. Without that property it does nothing.
 *
 * <p>What it stores, named so {@link UpgradeContract} can find it: the organisations, packaging, offering and
 * study guide of {@link DeliveryFixtures} plus a second offering of Ronneby and a region, both offerings in the
 * catalogue under "Ronneby kommun"; four participants (personal data encrypted with
 * {@link ReleaseFixtures#PERSONAL_DATA}); Olofström's application for two of them, matched into a delivery, and
 * Borlänge's waiting application; a matching request served and one pending; the fee schedule, a scaling project and
 * November 2026 settled; an audit log entry; and every event of it in the outbox, the first three published.</p>
 */
@EnabledIfSystemProperty(named = "esp.upgrade.fixture.out", matches = ".+")
class ReleaseDataFill {

    private static final Instant AT = DeliveryFixtures.AT;

    @Test
    void fillsAndDumps() throws Exception {
        try (TestDatabase database = TestDatabases.h2()) {
            SchemaMigrations.migrate(database.dataSource());
            var factory = JpaPersistence.outsideServer(database.dataSource());
            try {
                fill(new JpaPersistence(factory, ReleaseFixtures.PERSONAL_DATA));
            } finally {
                factory.close();
            }
            try (Connection connection = database.dataSource().getConnection()) {
                Path out = Path.of(System.getProperty("esp.upgrade.fixture.out"));
                Files.writeString(out, PortableInserts.dump(connection), StandardCharsets.UTF_8);
                System.out.println("[upgrade-fixture] wrote " + out.toAbsolutePath());
            }
        }
    }

    private static void fill(PersistenceAdapters adapters) {
        Transactions tx = adapters.transactions();
        List<DomainEvent> events = new ArrayList<>();
        DeliveryFixtures base = DeliveryFixtures.storedIn(adapters);
        Organisation region = tx.inTransaction(() -> adapters.organisations().save(anOrganisation()
                .named("Region Blekinge").ofKind(OrganisationKind.REGION).playing(OrganisationRole.CONSUMER)
                .build()));

        PackagingContent swedish = aPackaging().titled("Svenska för vårdpersonal", "Swedish for care staff")
                .described("Yrkessvenska för undersköterskor, 'på riktigt'", "Swedish at work for nursing assistants")
                .inLanguages("sv").pricedAt("4200.00").content();
        Packaging.Creation created = Packaging.create(PackagingId.newId(), base.ronneby.id(), swedish, AT);
        events.add(created.event());
        tx.inTransaction(() -> adapters.packagings().save(created.packaging()));
        Offering.Launch launch = Offering.launch(OfferingId.newId(), created.packaging().id(), base.ronneby.id(),
                OfferingVersionId.newId(), 1, swedish, AT);
        events.add(launch.event());
        Offering care = tx.inTransaction(() -> adapters.offerings().save(launch.offering()));
        tx.inTransaction(() -> {
            adapters.catalogue().put(CatalogueEntry.of(base.offering, base.ronneby.name().value()));
            adapters.catalogue().put(CatalogueEntry.of(care, base.ronneby.name().value()));
        });

        List<Participant> participants = new ArrayList<>();
        for (String[] person : new String[][] {{"Amina Yusuf", "19811218-9876", "ar"},
                {"Yonas Tesfay", "19900101-0017", "ti"}, {"Sara Ahmadi", null, "fa"}}) {
            var builder = aParticipant().named(person[0]).speaking(person[2]).of(base.olofstrom.id());
            Participant participant = (person[1] == null ? builder.withoutIdentityNumber()
                    : builder.withIdentityNumber(person[1])).build();
            participants.add(tx.inTransaction(() -> adapters.participants().save(participant)));
        }
        Participant inBorlange = tx.inTransaction(() -> adapters.participants().save(
                aParticipant().named("Ali Hassan").speaking("ar").of(base.borlange.id()).build()));

        Application.Submission olofstrom = submit(base, base.olofstrom, List.of(participants.get(0),
                participants.get(1)), "ar", "olofstrom-2026-0042");
        Application.Submission borlange = submit(base, base.borlange, List.of(inBorlange), "ar",
                "borlange-2026-0007");
        events.add(olofstrom.event());
        events.add(borlange.event());
        Delivery delivery = base.delivery(LocalDate.of(2026, 12, 7), CostSplitRule.PER_PARTICIPANT);
        events.add(delivery.seat(olofstrom.application().id(),
                base.olofstrom.id(), olofstrom.application().participantIds(), AT));
        events.add(olofstrom.application().match(delivery.id(), "matched on language and start", AT));
        tx.inTransaction(() -> {
            adapters.deliveries().save(delivery);
            adapters.applications().save(olofstrom.application());
            adapters.applications().save(borlange.application());
            adapters.matchingRuns().request("application received", AT);
            adapters.matchingRuns().served(adapters.matchingRuns().lockAndFindPending().orElseThrow(), AT);
            adapters.matchingRuns().request("application received", AT.plusSeconds(60));
        });

        FeeSchedule.Establishment schedule = FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), ExampleFeeRates.pricesOf(2026)), AT);
        tx.inTransaction(() -> adapters.feeSchedules().save(schedule.schedule()));
        ScalingProject.Registration project = ScalingProject.register(ScalingProjectId.newId(), region.id(),
                "Studiehandledning i hela länet", Money.ofKronor(250_000), AT);
        events.add(project.event());
        tx.inTransaction(() -> adapters.scalingProjects().save(project.project()));
        YearMonth november = YearMonth.of(2026, 11);
        SettlementPeriod period = SettlementPeriod.open(november);
        period.settle(SettlementCalculator.settle(new SettlementInput(november, region.id(), schedule.schedule(),
                List.of(new SoldDelivery(delivery.id().toString(), base.ronneby.id(), november.atDay(12),
                        Money.ofKronor(13_000), List.of(new Purchase(base.olofstrom.id(),
                        olofstrom.application().id().toString(), 2)),
                        List.of(new ResourceHours(base.studyGuide.id().toString(), base.malmo.id(),
                                new BigDecimal("10"), Money.ofKronor(450))))), List.of(), List.of())),
                Instant.parse("2026-12-01T08:00:00.123456Z"));
        tx.inTransaction(() -> adapters.settlementPeriods().save(period));
        tx.inTransaction(() -> adapters.personalDataAuditLog().record(new PersonalDataAccess(UUID.randomUUID(), AT,
                "case-officer", base.olofstrom.id(), participants.get(0).id(), "ReadParticipant",
                PersonalDataAccess.Kind.READ, PersonalDataAccess.Outcome.GRANTED)));

        tx.inTransaction(() -> events.forEach(adapters.outbox()::append));
        tx.inTransaction(() -> {
            List<Long> first = adapters.outbox().claimUnpublished(3).stream().map(OutboxEntry::sequence).toList();
            adapters.outbox().markPublished(first, AT.plusSeconds(5));
        });
    }

    private static Application.Submission submit(DeliveryFixtures base, Organisation consumer,
                                                 List<Participant> participants, String language, String key) {
        List<ApplicationParticipant> seats = participants.stream().map(participant -> new ApplicationParticipant(
                participant.id(), Set.of(), new Answers(Map.of("previousEducation", "Gymnasium")))).toList();
        return Application.submit(ApplicationId.newId(), consumer.id(), "case-officer", new IdempotencyKey(key),
                base.offering.id(), base.offering.current().id(), base.ronneby.id(), seats,
                LanguageCode.of(language), LocalDate.of(2026, 12, 7), false, AT);
    }
}
