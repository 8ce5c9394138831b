package se.esp.adapter.persistence.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.out.Applications;
import se.esp.application.port.out.WaitingDemand;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationId;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.matching.WaitReason;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Applications in a map; callers only ever get copies. */
public final class InMemoryApplications implements Applications, WaitingDemand, InMemoryStore {

    private static final String MINIMUM_GROUP = WaitReason.MINIMUM_GROUP_NOT_REACHED.name();

    private Map<ApplicationId, Application> byId = new HashMap<>();

    @Override
    public synchronized Optional<Application> findById(ApplicationId id) {
        return Optional.ofNullable(byId.get(id)).map(a -> copy(a, a.version()));
    }

    @Override
    public synchronized Optional<Application> findByIdempotencyKey(OrganisationId consumer, IdempotencyKey key) {
        return byId.values().stream().filter(a -> a.consumer().equals(consumer)
                && a.idempotencyKey().filter(key::equals).isPresent()).findFirst().map(a -> copy(a, a.version()));
    }

    @Override
    public synchronized Map<ApplicationId, WaitState> waitStates() {
        Map<ApplicationId, WaitState> states = new HashMap<>();
        byId.values().stream().filter(a -> a.status().isWaiting()).forEach(a -> states.put(a.id(),
                new WaitState(a.status(), a.waitReason().orElse(null), a.explanation().orElse(null))));
        return states;
    }

    @Override
    public synchronized List<Application> withParticipant(ParticipantId participant) {
        return byId.values().stream().filter(a -> a.participantIds().contains(participant))
                .map(a -> copy(a, a.version())).toList();
    }

    @Override
    public synchronized Page<Application> list(ApplicationFilter filter, PageRequest page) {
        List<Application> matching = byId.values().stream()
                .filter(a -> filter.consumerIfAny().map(a.consumer()::equals).orElse(true))
                .filter(a -> filter.supplierIfAny().map(a.supplier()::equals).orElse(true))
                .filter(a -> filter.statusIfAny().map(s -> a.status() == s).orElse(true))
                .sorted(Comparator.comparing(Application::receivedAt).reversed()
                        .thenComparing(a -> a.id().toString()))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).map(a -> copy(a, a.version()))
                .toList(), page, matching.size());
    }

    @Override
    public synchronized List<WaitingApplication> waiting() {
        return byId.values().stream().filter(a -> a.status().isWaiting()).map(Application::asWaiting).toList();
    }

    @Override
    public synchronized java.util.Set<MatchingQueue> waitingForAGroup() {
        java.util.Set<MatchingQueue> queues = new java.util.TreeSet<>();
        byId.values().stream().filter(a -> a.status().isWaiting()
                        && a.waitReason().filter(MINIMUM_GROUP::equals).isPresent())
                .forEach(a -> queues.add(MatchingQueue.of(a.asWaiting())));
        return queues;
    }

    @Override
    public synchronized Application save(Application application) {
        Application stored = byId.get(application.id());
        if (application.version() == 0 && stored == null && application.idempotencyKey().isPresent()
                && findByIdempotencyKey(application.consumer(), application.idempotencyKey().get()).isPresent()) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "the consumer already has an application "
                    + "with the idempotency key " + application.idempotencyKey().get());
        }
        if (application.version() != 0 && stored == null) {
            throw new DomainException(ErrorCode.APPLICATION_NOT_FOUND,
                    "application " + application.id() + " no longer exists");
        }
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != application.version()) {
            throw new DomainException(ErrorCode.STALE_VERSION, "application " + application.id()
                    + " was changed by somebody else since version " + application.version());
        }
        Application next = copy(application, application.version() + 1);
        byId.put(next.id(), next);
        return copy(next, next.version());
    }

    /** Every stored application, as copies; for the in-memory statistics, which aggregate what SQL would. */
    public synchronized List<Application> all() {
        return byId.values().stream().map(a -> copy(a, a.version())).toList();
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(byId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        byId = new HashMap<>((Map<ApplicationId, Application>) snapshot);
    }

    private static Application copy(Application a, long version) {
        return Application.reconstitute(a.id(), a.consumer(), a.submittedBy(), a.idempotencyKey().orElse(null),
                a.offering(), a.offeringVersion(), a.supplier(), a.participants(), a.language(), a.earliestStart(),
                a.urgent(), a.receivedAt(), a.status(), a.waitReason().orElse(null), a.explanation().orElse(null),
                a.delivery().orElse(null), a.decidedAt().orElse(null), version);
    }
}
