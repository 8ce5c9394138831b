package se.esp.example.embedded;

import java.time.Clock;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.memory.InMemoryPersistence;
import se.esp.application.application.ApplicationParticipantReferences;
import se.esp.application.credential.CredentialsOfParticipant;
import se.esp.application.application.ApplicationService;
import se.esp.application.credential.CredentialService;
import se.esp.application.delivery.DeliveryParticipantAccess;
import se.esp.application.delivery.DeliveryService;
import se.esp.application.delivery.DeliverySettlement;
import se.esp.application.fee.FeeScheduleService;
import se.esp.application.fee.ScheduledTransactionFeeRates;
import se.esp.application.matching.MatchingService;
import se.esp.application.offering.CatalogueCapacity;
import se.esp.application.offering.OfferingService;
import se.esp.application.organisation.OrganisationService;
import se.esp.application.packaging.PackagingService;
import se.esp.application.participant.ParticipantReadPolicy;
import se.esp.application.participant.ParticipantService;
import se.esp.application.resource.ResourceService;
import se.esp.application.settlement.FeeSettlementSource;
import se.esp.application.settlement.SettlementService;
import se.esp.domain.packaging.TransactionFeeRate;

/**
 * The use cases of eSP assembled by hand over one set of storage adapters: what a system that embeds the library
 * writes once, where a Jakarta EE server would let CDI do it (bootstrap's {@code wiring} package). Each service is a
 * plain object taking the ports it needs; the storage here is {@link InMemoryPersistence}, and
 * {@code JpaPersistence} (with a {@code DataSource}) would keep everything in a database instead.
 *
 * <p>Only the services the worked example uses are built; the others (statistics, scaling projects, the outbox
 * relay to a broker, the scheduled jobs) are built the same way from the same storage.</p>
 */
final class EmbeddedPlatform {

    final PersistenceAdapters storage = new InMemoryPersistence();
    final OrganisationService organisations;
    final FeeScheduleService feeSchedule;
    final MatchingService matching;
    final ResourceService resources;
    final PackagingService packagings;
    final OfferingService offerings;
    final ParticipantService participants;
    final ApplicationService applications;
    final DeliveryService deliveries;
    final SettlementService settlement;

    EmbeddedPlatform(Clock clock) {
        organisations = new OrganisationService(storage.organisations(), storage.catalogue(), storage.outbox(),
                storage.transactions(), clock);
        feeSchedule = new FeeScheduleService(storage.feeSchedules(), storage.organisations(),
                storage.settlementPeriods(), storage.outbox(), storage.transactions(), clock);
        // matching runs by itself whenever demand or supply changes: the services that change them call it
        matching = new MatchingService(storage.waitingDemand(), storage.applications(), storage.resources(),
                storage.organisations(), storage.offeringRequirements(), storage.offerings(),
                storage.openDeliveries(), storage.deliveries(), storage.matchingRuns(), storage.outbox(),
                storage.transactions(), clock);
        resources = new ResourceService(storage.resources(), storage.organisations(), storage.outbox(),
                storage.transactions(), clock, matching);
        // a packaging's costing shows the owner's transaction fee in force on the day (5 % before any schedule)
        packagings = new PackagingService(storage.packagings(), storage.offerings(), storage.organisations(),
                storage.reviewChecklists(), storage.catalogue(),
                new ScheduledTransactionFeeRates(storage.feeSchedules(), storage.transactions(),
                        TransactionFeeRate.percent("5")), storage.outbox(),
                storage.transactions(), clock);
        offerings = new OfferingService(storage.offerings(), storage.organisations(), storage.catalogue(),
                storage.outbox(), storage.transactions(), clock, matching,
                new CatalogueCapacity(storage.offeringRequirements(), storage.waitingDemand(),
                        storage.openDeliveries(), storage.resources(), clock));
        participants = new ParticipantService(storage.participants(), storage.personalDataAuditLog(),
                storage.outbox(), storage.transactions(), clock,
                new ParticipantReadPolicy(new DeliveryParticipantAccess(storage.deliveries(), storage.resources())),
                ParticipantService.DEFAULT_RETENTION, new ApplicationParticipantReferences(storage.applications()),
                new CredentialsOfParticipant(storage.issuedCredentials(), storage.credentialRevocations()));
        applications = new ApplicationService(storage.applications(), storage.offerings(), storage.deliveries(),
                participants, matching, storage.outbox(), storage.personalDataAuditLog(), storage.transactions(),
                clock);
        deliveries = new DeliveryService(storage.deliveries(), storage.applications(), storage.resources(),
                storage.organisations(), participants, new CredentialService(storage.credentialDefinitions(),
                        storage.issuedCredentials(), storage.offerings(), storage.outbox(), storage.transactions(),
                        clock), matching, storage.outbox(), storage.transactions(), clock);
        settlement = new SettlementService(storage.settlementPeriods(), storage.organisations(),
                new FeeSettlementSource(storage.feeSchedules(), storage.scalingProjects(), storage.organisations()),
                new DeliverySettlement(storage.deliveries(), storage.organisations(), clock), storage.outbox(),
                storage.transactions(), clock);
    }
}
