package se.esp.scenarios.support;

import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import se.esp.adapter.messaging.memory.InMemoryEventPublisher;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.application.ApplicationParticipantReferences;
import se.esp.application.credential.CredentialsOfParticipant;
import se.esp.application.application.ApplicationService;
import se.esp.application.credential.CredentialRevocationService;
import se.esp.application.credential.CredentialService;
import se.esp.application.delivery.DeliveryParticipantAccess;
import se.esp.application.delivery.DeliveryService;
import se.esp.application.delivery.DeliverySettlement;
import se.esp.application.fee.FeeScheduleService;
import se.esp.application.matching.MatchingService;
import se.esp.application.offering.CatalogueCapacity;
import se.esp.application.offering.OfferingService;
import se.esp.application.organisation.OrganisationService;
import se.esp.application.outbox.OutboxRelay;
import se.esp.application.packaging.PackagingService;
import se.esp.application.packaging.ReviewChecklistService;
import se.esp.application.paging.PageRequest;
import se.esp.application.participant.ParticipantReadPolicy;
import se.esp.application.participant.ParticipantService;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.out.TransactionFeeRates;
import se.esp.application.project.ScalingProjectService;
import se.esp.application.resource.ResourceService;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.application.settlement.FeeSettlementSource;
import se.esp.application.settlement.SettlementService;
import se.esp.application.statistics.StatisticsService;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.TransactionFeeRate;
import se.esp.domain.shared.DomainException;

/**
 * One scenario's platform: the services over fresh storage on the chosen backend, a clock the scenario moves,
 * the acting user and the outcome of the last action. Cucumber makes a new step object per scenario; they share
 * the world through {@link #current()}, renewed before every scenario by {@link Hooks}.
 */
public final class World {

    public static final String BACKEND_PROPERTY = "esp.scenarios.backend";

    private static World current;

    public final Backend backend = Backend.fromSystemProperty(BACKEND_PROPERTY, Backend.MEMORY);
    public final PersistenceAdapters storage = Backends.fresh(backend);
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    public final OrganisationService organisations = new OrganisationService(storage.organisations(),
            storage.catalogue(), storage.outbox(), storage.transactions(), clock, storage.settlementPeriods());
    /** The events topic, in memory; the broker's outages are played by making it unavailable. */
    public final InMemoryEventPublisher eventTopic = new InMemoryEventPublisher();
    public final OutboxRelay eventRelay = new OutboxRelay(storage.outbox(), eventTopic, storage.transactions(),
            clock, 10);
    /** Matching over everything stored on the backend, run automatically by the use cases that change supply. */
    public final MatchingService matching = new MatchingService(storage.waitingDemand(), storage.applications(),
            storage.resources(), storage.organisations(), storage.offeringRequirements(), storage.offerings(),
            storage.openDeliveries(), storage.deliveries(), storage.matchingRuns(), storage.outbox(),
            storage.transactions(), clock);
    public final ResourceService resources = new ResourceService(storage.resources(), storage.organisations(),
            storage.outbox(), storage.transactions(), clock, matching);
    /** The platform's transaction fee in scenarios: the 5 % of the source documents. */
    public final TransactionFeeRates feeRates = date -> TransactionFeeRate.percent("5");
    public final PackagingService packagings = new PackagingService(storage.packagings(), storage.offerings(),
            storage.organisations(), storage.reviewChecklists(), storage.catalogue(), feeRates, storage.outbox(),
            storage.transactions(), clock);
    public final ReviewChecklistService checklists = new ReviewChecklistService(storage.reviewChecklists(),
            storage.outbox(), storage.transactions(), clock);
    public final OfferingService offerings = new OfferingService(storage.offerings(), storage.organisations(),
            storage.catalogue(), storage.outbox(), storage.transactions(), clock, matching,
            new CatalogueCapacity(storage.offeringRequirements(), storage.waitingDemand(), storage.openDeliveries(),
                    storage.resources(), clock));
    /** The packagings a scenario made, by the Swedish title it gave them first. */
    public final Map<String, PackagingId> packagingsByTitle = new HashMap<>();
    public final FeeScheduleService feeSchedule = new FeeScheduleService(storage.feeSchedules(),
            storage.organisations(), storage.settlementPeriods(), storage.outbox(), storage.transactions(), clock);
    public final ScalingProjectService scalingProjects = new ScalingProjectService(storage.scalingProjects(),
            storage.organisations(), storage.settlementPeriods(), storage.outbox(), storage.transactions(), clock);
    /**
     * Deliveries the fee features state directly ("Ronneby sold a delivery…"), for settlement scenarios that are
     * about money alone; settlement reads them together with the stored deliveries.
     */
    public final ScenarioDeliveries deliveries = new ScenarioDeliveries();
    public final SettlementService settlement = new SettlementService(storage.settlementPeriods(),
            storage.organisations(), new FeeSettlementSource(storage.feeSchedules(), storage.scalingProjects(),
            storage.organisations()), deliveries.and(new DeliverySettlement(storage.deliveries(),
            storage.organisations(), clock)), storage.outbox(), storage.transactions(), clock);
    public final StatisticsService statistics = new StatisticsService(storage.statistics(), storage.organisations(),
            storage.transactions());
    public ParticipantService participants;
    public ApplicationService applications;
    public DeliveryService deliveryService;
    public CredentialService credentials;
    public CredentialRevocationService credentialRevocations;
    /** Everything logged while the scenario runs, so a scenario can prove no personal data reached a log. */
    public final LogCapture log = LogCapture.start();

    private World() {
        retainPersonalDataFor(ParticipantService.DEFAULT_RETENTION);
    }

    private ActingUser actor = new ActingUser("scenario-administrator", null,
            EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    private DomainException lastFailure;

    static void renew() {
        if (current != null) {
            current.log.stop();
        }
        current = new World();
    }

    /**
     * The owner configured another retention period for personal data; the services that register and complete
     * participants use it from now on.
     */
    public void retainPersonalDataFor(Period retention) {
        participants = new ParticipantService(storage.participants(), storage.personalDataAuditLog(),
                storage.outbox(), storage.transactions(), clock, new ParticipantReadPolicy(
                new DeliveryParticipantAccess(storage.deliveries(), storage.resources())), retention,
                new ApplicationParticipantReferences(storage.applications()),
                new CredentialsOfParticipant(storage.issuedCredentials(), storage.credentialRevocations()));
        applications = new ApplicationService(storage.applications(), storage.offerings(), storage.deliveries(),
                participants, matching, storage.outbox(), storage.personalDataAuditLog(), storage.transactions(),
                clock);
        credentials = new CredentialService(storage.credentialDefinitions(), storage.issuedCredentials(),
                storage.offerings(), storage.outbox(), storage.transactions(), clock);
        credentialRevocations = new CredentialRevocationService(storage.issuedCredentials(),
                storage.credentialRevocations(), storage.outbox(), storage.transactions(), clock);
        deliveryService = new DeliveryService(storage.deliveries(), storage.applications(), storage.resources(),
                storage.organisations(), participants, credentials, matching, storage.outbox(),
                storage.transactions(), clock);
    }

    public static World current() {
        return Objects.requireNonNull(current, "no scenario is running");
    }

    public ActingUser actor() {
        return actor;
    }

    public void actAs(UserRole role, OrganisationId organisation) {
        actor = new ActingUser("scenario-" + role.name().toLowerCase()
                + (organisation == null ? "" : "@" + organisation), organisation, EnumSet.of(role));
    }

    /**
     * A registered organisation named by its organisation number ("212000-0837") or its name ("Malmö stad"): the
     * resource features name employers by number, the packaging features suppliers by name, and both share the
     * step that makes the scenario act as a coordinator.
     */
    public OrganisationId organisation(String numberOrName) {
        return storage.transactions().inTransaction(() -> {
            if (numberOrName.matches("\\d{6}-?\\d{4}")) {
                return storage.organisations().findByNumber(OrganisationNumber.parse(numberOrName));
            }
            return storage.organisations().list(OrganisationFilter.all(), new PageRequest(0, PageRequest.MAX_SIZE))
                    .items().stream().filter(o -> o.name().value().equals(numberOrName)).findFirst();
        }).map(Organisation::id).orElseThrow(() -> new AssertionError("no organisation " + numberOrName
                + " is registered"));
    }

    /** Runs an action, remembering a refusal instead of failing the step, so a later step can examine it. */
    public <T> T attempt(Supplier<T> action) {
        lastFailure = null;
        try {
            return action.get();
        } catch (DomainException e) {
            lastFailure = e;
            return null;
        }
    }

    /** The refusal of the last action; fails the scenario if it succeeded. */
    public DomainException lastFailure() {
        if (lastFailure == null) {
            throw new AssertionError("the last action was expected to be refused, but it succeeded");
        }
        return lastFailure;
    }

    /** Fails the scenario if the last action was refused. */
    public void requireLastSucceeded() {
        if (lastFailure != null) {
            throw new AssertionError("the last action was refused: " + lastFailure.code() + " "
                    + lastFailure.getMessage(), lastFailure);
        }
    }
}
