package se.esp.adapter.persistence.jpa;

import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.application.JpaApplications;
import se.esp.adapter.persistence.credential.JpaCredentialDefinitions;
import se.esp.adapter.persistence.credential.JpaCredentialRevocations;
import se.esp.adapter.persistence.credential.JpaCredentialSigningKeys;
import se.esp.adapter.persistence.credential.JpaIssuedCredentials;
import se.esp.adapter.persistence.delivery.JpaDeliveries;
import se.esp.adapter.persistence.fee.JpaFeeSchedules;
import se.esp.adapter.persistence.matching.JpaMatchingRuns;
import se.esp.adapter.persistence.offering.JpaCatalogue;
import se.esp.adapter.persistence.offering.JpaOfferingRequirements;
import se.esp.adapter.persistence.offering.JpaOfferings;
import se.esp.adapter.persistence.organisation.JpaOrganisations;
import se.esp.adapter.persistence.outbox.JpaEventOutbox;
import se.esp.adapter.persistence.packaging.JpaPackagings;
import se.esp.adapter.persistence.packaging.JpaReviewChecklists;
import se.esp.adapter.persistence.participant.JpaParticipants;
import se.esp.adapter.persistence.participant.JpaPersonalDataAuditLog;
import se.esp.adapter.persistence.participant.PersonalDataCipher;
import se.esp.adapter.persistence.project.JpaScalingProjects;
import se.esp.adapter.persistence.resource.JpaResources;
import se.esp.adapter.persistence.schedule.JpaScheduledJobRuns;
import se.esp.adapter.persistence.settlement.JpaSettlementPeriods;
import se.esp.adapter.persistence.statistics.JpaStatisticsQueries;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.adapter.persistence.storage.JpaTransactions;
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
 * The JPA adapters over one entity-manager factory. Inside an application server, pass the factory the server
 * built from {@code META-INF/persistence.xml}; outside one, {@link #outsideServer(DataSource)} builds it.
 */
public final class JpaPersistence implements PersistenceAdapters {

    /** The persistence unit in {@code META-INF/persistence.xml}. */
    public static final String UNIT = "esp";

    private final JpaTransactions transactions;
    private final JpaOrganisations organisations;
    private final JpaEventOutbox outbox;
    private final JpaResources resources;
    private final JpaPackagings packagings;
    private final JpaReviewChecklists reviewChecklists;
    private final JpaOfferings offerings;
    private final JpaOfferingRequirements offeringRequirements;
    private final JpaCatalogue catalogue;
    private final JpaFeeSchedules feeSchedules;
    private final JpaScalingProjects scalingProjects;
    private final JpaSettlementPeriods settlementPeriods;
    private final JpaParticipants participants;
    private final JpaPersonalDataAuditLog personalDataAuditLog;
    private final JpaApplications applications;
    private final JpaDeliveries deliveries;
    private final JpaMatchingRuns matchingRuns;
    private final JpaCredentialDefinitions credentialDefinitions;
    private final JpaIssuedCredentials issuedCredentials;
    private final JpaCredentialSigningKeys credentialSigningKeys;
    private final JpaCredentialRevocations credentialRevocations;
    private final JpaScheduledJobRuns scheduledJobRuns;
    private final JpaStatisticsQueries statistics;

    /**
     * @param personalData encrypts participants' names, identity numbers and contacts and applications' answers at
     *                     rest; its key must stay the same for as long as the database is kept
     */
    public JpaPersistence(EntityManagerFactory factory, PersonalDataCipher personalData) {
        this(factory, personalData, null);
    }

    /**
     * @param catalogueIndex the directory where this server keeps the catalogue's search index between runs (one
     *                       per server, never shared); {@code null}: in memory, built from the table at the first
     *                       search
     */
    public JpaPersistence(EntityManagerFactory factory, PersonalDataCipher personalData,
                          java.nio.file.Path catalogueIndex) {
        this.transactions = new JpaTransactions(Objects.requireNonNull(factory, "factory"));
        JpaStorage storage = new JpaStorage(transactions);
        this.organisations = new JpaOrganisations(storage);
        this.outbox = new JpaEventOutbox(storage);
        this.resources = new JpaResources(storage);
        this.packagings = new JpaPackagings(storage);
        this.reviewChecklists = new JpaReviewChecklists(storage);
        this.offerings = new JpaOfferings(storage);
        this.offeringRequirements = new JpaOfferingRequirements(storage);
        this.catalogue = new JpaCatalogue(storage, catalogueIndex);
        this.feeSchedules = new JpaFeeSchedules(storage);
        this.scalingProjects = new JpaScalingProjects(storage);
        this.settlementPeriods = new JpaSettlementPeriods(storage);
        Objects.requireNonNull(personalData, "personalData");
        this.participants = new JpaParticipants(storage, personalData);
        this.personalDataAuditLog = new JpaPersonalDataAuditLog(storage);
        this.applications = new JpaApplications(storage, personalData);
        this.deliveries = new JpaDeliveries(storage);
        this.matchingRuns = new JpaMatchingRuns(storage);
        this.credentialDefinitions = new JpaCredentialDefinitions(storage);
        this.issuedCredentials = new JpaIssuedCredentials(storage);
        this.credentialSigningKeys = new JpaCredentialSigningKeys(storage, personalData);
        this.credentialRevocations = new JpaCredentialRevocations(storage);
        this.scheduledJobRuns = new JpaScheduledJobRuns(storage);
        this.statistics = new JpaStatisticsQueries(storage);
    }

    /**
     * An entity-manager factory over a data source, for tests, scenarios and embedding without a server. Run
     * {@link SchemaMigrations#migrate(DataSource, PersonalDataCipher)} first.
     */
    public static EntityManagerFactory outsideServer(DataSource dataSource) {
        return Persistence.createEntityManagerFactory(UNIT, Map.of(
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.logging.logger", "JavaLogger"));
    }

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

    /** Commits the catalogue's index to its directory (if it has one) and lets go of it, as at shutdown. */
    public void closeCatalogueIndex() {
        catalogue.close();
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
