package se.esp.adapter.persistence;

import se.esp.application.port.out.Applications;
import se.esp.application.port.out.Catalogue;
import se.esp.application.port.out.CredentialDefinitions;
import se.esp.application.port.out.CredentialRevocations;
import se.esp.application.port.out.CredentialSigningKeys;
import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.FeeSchedules;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.application.port.out.MatchingRuns;
import se.esp.application.port.out.OfferingRequirements;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.OpenDeliveries;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Packagings;
import se.esp.application.port.out.Participants;
import se.esp.application.port.out.PersonalDataAuditLog;
import se.esp.application.port.out.Resources;
import se.esp.application.port.out.ReviewChecklists;
import se.esp.application.port.out.ScalingProjects;
import se.esp.application.port.out.ScheduledJobRuns;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.application.port.out.StatisticsQueries;
import se.esp.application.port.out.Transactions;
import se.esp.application.port.out.WaitingDemand;

/**
 * One consistent set of storage adapters: the ports they implement share one transaction boundary. Choose
 * {@link se.esp.adapter.persistence.jpa.JpaPersistence} or
 * {@link se.esp.adapter.persistence.memory.InMemoryPersistence}.
 */
public interface PersistenceAdapters {

    Transactions transactions();

    Organisations organisations();

    EventOutbox outbox();

    Resources resources();

    Packagings packagings();

    ReviewChecklists reviewChecklists();

    Offerings offerings();

    OfferingRequirements offeringRequirements();

    Catalogue catalogue();

    FeeSchedules feeSchedules();

    ScalingProjects scalingProjects();

    SettlementPeriods settlementPeriods();

    Participants participants();

    PersonalDataAuditLog personalDataAuditLog();

    Applications applications();

    WaitingDemand waitingDemand();

    Deliveries deliveries();

    OpenDeliveries openDeliveries();

    MatchingRuns matchingRuns();

    CredentialDefinitions credentialDefinitions();

    IssuedCredentials issuedCredentials();

    /** The owner's generated credential signing keys, the private keys protected at rest. */
    CredentialSigningKeys credentialSigningKeys();

    CredentialRevocations credentialRevocations();

    /** Claims of the scheduled jobs' periods, shared by every server on the same storage. */
    ScheduledJobRuns scheduledJobRuns();

    /** Read-only figures for statistics, over the same storage as the other ports. */
    StatisticsQueries statistics();
}
