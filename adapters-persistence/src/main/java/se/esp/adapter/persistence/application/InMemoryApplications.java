package se.esp.adapter.persistence.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.out.Applications;
import se.esp.application.port.out.WaitingDemand;
import se.esp.domain.application.Application;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.matching.WaitReason;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Applications in a map; callers only ever get copies. */
public final class InMemoryApplications extends InMemoryAggregates<ApplicationId, Application>
        implements Applications, WaitingDemand {

    private static final String MINIMUM_GROUP = WaitReason.MINIMUM_GROUP_NOT_REACHED.name();

    public InMemoryApplications() {
        super(Application::id, Application::version, a -> "application " + a.id(), ErrorCode.APPLICATION_NOT_FOUND);
    }

    @Override
    public Optional<Application> findByIdempotencyKey(OrganisationId consumer, IdempotencyKey key) {
        return findFirst(a -> a.consumer().equals(consumer) && a.idempotencyKey().filter(key::equals).isPresent());
    }

    @Override
    public Queues waitingAndDecidedIn(java.util.Collection<se.esp.domain.matching.MatchingQueue> queues) {
        return new Queues(waitingIn(queues), waitStates());
    }

    @Override
    public Map<ApplicationId, WaitState> waitStates() {
        Map<ApplicationId, WaitState> states = new HashMap<>();
        stored().filter(a -> a.status().isWaiting()).forEach(a -> states.put(a.id(),
                new WaitState(a.status(), a.waitReason().orElse(null), a.explanation().orElse(null))));
        return states;
    }

    @Override
    public List<Application> withParticipant(ParticipantId participant) {
        return stored().filter(a -> a.participantIds().contains(participant)).map(this::copy).toList();
    }

    @Override
    public Page<Application> list(ApplicationFilter filter, PageRequest page) {
        return page(stored()
                .filter(a -> filter.consumerIfAny().map(a.consumer()::equals).orElse(true))
                .filter(a -> filter.supplierIfAny().map(a.supplier()::equals).orElse(true))
                .filter(a -> filter.statusIfAny().map(s -> a.status() == s).orElse(true))
                .sorted(Comparator.comparing(Application::receivedAt).reversed()
                        .thenComparing(a -> a.id().toString()))
                .toList(), page);
    }

    @Override
    public List<WaitingApplication> waiting() {
        return stored().filter(a -> a.status().isWaiting()).map(Application::asWaiting).toList();
    }

    @Override
    public Set<MatchingQueue> waitingForAGroup() {
        Set<MatchingQueue> queues = new TreeSet<>();
        stored().filter(a -> a.status().isWaiting() && a.waitReason().filter(MINIMUM_GROUP::equals).isPresent())
                .forEach(a -> queues.add(MatchingQueue.of(a.asWaiting())));
        return queues;
    }

    /** An idempotency key is the consumer's once, as the table's unique key keeps it. */
    @Override
    protected void refuseNew(Application application, Application stored) {
        super.refuseNew(application, stored);
        Optional<IdempotencyKey> key = application.idempotencyKey();
        if (key.isPresent() && findByIdempotencyKey(application.consumer(), key.get()).isPresent()) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "the consumer already has an application "
                    + "with the idempotency key " + key.get());
        }
    }

    /** Every stored application, as copies; for the in-memory statistics, which aggregate what SQL would. */
    public List<Application> all() {
        return stored().map(this::copy).toList();
    }

    @Override
    protected Application copy(Application a, long version) {
        return Application.reconstitute(a.id(), a.consumer(), a.submittedBy(), a.idempotencyKey().orElse(null),
                a.offering(), a.offeringVersion(), a.supplier(), a.participants(), a.language(), a.earliestStart(),
                a.urgent(), a.receivedAt(), a.status(), a.waitReason().orElse(null), a.explanation().orElse(null),
                a.delivery().orElse(null), a.decidedAt().orElse(null), version);
    }
}
