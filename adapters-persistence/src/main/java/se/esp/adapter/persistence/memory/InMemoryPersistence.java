package se.esp.adapter.persistence.memory;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.application.InMemoryApplications;
import se.esp.adapter.persistence.credential.InMemoryCredentialDefinitions;
import se.esp.adapter.persistence.credential.InMemoryCredentialRevocations;
import se.esp.adapter.persistence.credential.InMemoryCredentialSigningKeys;
import se.esp.adapter.persistence.credential.InMemoryIssuedCredentials;
import se.esp.adapter.persistence.delivery.InMemoryDeliveries;
import se.esp.adapter.persistence.fee.InMemoryFeeSchedules;
import se.esp.adapter.persistence.matching.InMemoryMatchingRuns;
import se.esp.adapter.persistence.offering.InMemoryCatalogue;
import se.esp.adapter.persistence.offering.InMemoryOfferingRequirements;
import se.esp.adapter.persistence.offering.InMemoryOfferings;
import se.esp.adapter.persistence.organisation.InMemoryOrganisations;
import se.esp.adapter.persistence.outbox.InMemoryEventOutbox;
import se.esp.adapter.persistence.packaging.InMemoryPackagings;
import se.esp.adapter.persistence.packaging.InMemoryReviewChecklists;
import se.esp.adapter.persistence.participant.InMemoryParticipants;
import se.esp.adapter.persistence.participant.InMemoryPersonalDataAuditLog;
import se.esp.adapter.persistence.project.InMemoryScalingProjects;
import se.esp.adapter.persistence.resource.InMemoryResources;
import se.esp.adapter.persistence.schedule.InMemoryScheduledJobRuns;
import se.esp.adapter.persistence.settlement.InMemorySettlementPeriods;
import se.esp.adapter.persistence.statistics.InMemoryStatisticsQueries;
import se.esp.adapter.persistence.storage.InMemoryTransactions;
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

/** The in-memory adapters, sharing one transaction manager. Nothing survives the JVM. */
public final class InMemoryPersistence implements PersistenceAdapters {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOrganisations organisations = transactions.register(new InMemoryOrganisations());
    private final InMemoryEventOutbox outbox = transactions.register(new InMemoryEventOutbox());
    private final InMemoryResources resources = transactions.register(new InMemoryResources());
    private final InMemoryPackagings packagings = transactions.register(new InMemoryPackagings());
    private final InMemoryReviewChecklists reviewChecklists = transactions.register(new InMemoryReviewChecklists());
    private final InMemoryOfferings offerings = transactions.register(new InMemoryOfferings());
    private final InMemoryOfferingRequirements offeringRequirements = new InMemoryOfferingRequirements(offerings);
    private final InMemoryCatalogue catalogue = transactions.register(new InMemoryCatalogue());
    private final InMemoryFeeSchedules feeSchedules = transactions.register(new InMemoryFeeSchedules());
    private final InMemoryScalingProjects scalingProjects = transactions.register(new InMemoryScalingProjects());
    private final InMemorySettlementPeriods settlementPeriods = transactions.register(new InMemorySettlementPeriods());
    private final InMemoryParticipants participants = transactions.register(new InMemoryParticipants());
    private final InMemoryPersonalDataAuditLog personalDataAuditLog =
            transactions.register(new InMemoryPersonalDataAuditLog());
    private final InMemoryApplications applications = transactions.register(new InMemoryApplications());
    private final InMemoryDeliveries deliveries = transactions.register(new InMemoryDeliveries());
    private final InMemoryMatchingRuns matchingRuns = transactions.register(new InMemoryMatchingRuns());
    private final InMemoryCredentialDefinitions credentialDefinitions =
            transactions.register(new InMemoryCredentialDefinitions());
    private final InMemoryIssuedCredentials issuedCredentials = transactions.register(new InMemoryIssuedCredentials());
    private final InMemoryCredentialSigningKeys credentialSigningKeys =
            transactions.register(new InMemoryCredentialSigningKeys());
    private final InMemoryCredentialRevocations credentialRevocations =
            transactions.register(new InMemoryCredentialRevocations());
    private final InMemoryScheduledJobRuns scheduledJobRuns = transactions.register(new InMemoryScheduledJobRuns());
    private final InMemoryStatisticsQueries statistics = new InMemoryStatisticsQueries(applications, deliveries,
            settlementPeriods, organisations, offerings);

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Organisations organisations() {
        return organisations;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }

    @Override
    public Resources resources() {
        return resources;
    }

    @Override
    public Packagings packagings() {
        return packagings;
    }

    @Override
    public ReviewChecklists reviewChecklists() {
        return reviewChecklists;
    }

    @Override
    public Offerings offerings() {
        return offerings;
    }

    @Override
    public OfferingRequirements offeringRequirements() {
        return offeringRequirements;
    }

    @Override
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public FeeSchedules feeSchedules() {
        return feeSchedules;
    }

    @Override
    public ScalingProjects scalingProjects() {
        return scalingProjects;
    }

    @Override
    public SettlementPeriods settlementPeriods() {
        return settlementPeriods;
    }

    @Override
    public Participants participants() {
        return participants;
    }

    @Override
    public PersonalDataAuditLog personalDataAuditLog() {
        return personalDataAuditLog;
    }

    @Override
    public Applications applications() {
        return applications;
    }

    @Override
    public WaitingDemand waitingDemand() {
        return applications;
    }

    @Override
    public Deliveries deliveries() {
        return deliveries;
    }

    @Override
    public OpenDeliveries openDeliveries() {
        return deliveries;
    }

    @Override
    public MatchingRuns matchingRuns() {
        return matchingRuns;
    }

    @Override
    public ScheduledJobRuns scheduledJobRuns() {
        return scheduledJobRuns;
    }

    @Override
    public StatisticsQueries statistics() {
        return statistics;
    }

    @Override
    public CredentialDefinitions credentialDefinitions() {
        return credentialDefinitions;
    }

    @Override
    public IssuedCredentials issuedCredentials() {
        return issuedCredentials;
    }

    @Override
    public CredentialSigningKeys credentialSigningKeys() {
        return credentialSigningKeys;
    }

    @Override
    public CredentialRevocations credentialRevocations() {
        return credentialRevocations;
    }
}
