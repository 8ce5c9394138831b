package se.esp.application.resource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import se.esp.application.matching.MatchingTrigger;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.resource.ChangeResourceProfileCommand;
import se.esp.application.port.in.resource.ChangeResourceProfileUseCase;
import se.esp.application.port.in.resource.ChangeResourceStatusCommand;
import se.esp.application.port.in.resource.CompetenceInQueue;
import se.esp.application.port.in.resource.CompetenceQueueQuery;
import se.esp.application.port.in.resource.DecideCompetenceCommand;
import se.esp.application.port.in.resource.DeclareCompetenceCommand;
import se.esp.application.port.in.resource.DeclareCompetenceUseCase;
import se.esp.application.port.in.resource.GetResourceQuery;
import se.esp.application.port.in.resource.ListResourcesQuery;
import se.esp.application.port.in.resource.OwnResourceQuery;
import se.esp.application.port.in.resource.RegisterResourceCommand;
import se.esp.application.port.in.resource.RegisterResourceUseCase;
import se.esp.application.port.in.resource.RejectCompetenceUseCase;
import se.esp.application.port.in.resource.ResourceFilter;
import se.esp.application.port.in.resource.SuspendResourceUseCase;
import se.esp.application.port.in.resource.VerifyCompetenceUseCase;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Resources;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.IndependentReview;
import se.esp.domain.resource.CompetenceStatus;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceEvent;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * The resource pool's use cases. Roles are checked before anything is read; who the acting user is relative to the
 * resource (the person, a coordinator of the employer) is checked right after loading it. Each change is stored with
 * its event(s) in one transaction. The platform's date ("today", for expiry) comes from the clock.
 */
public final class ResourceService implements RegisterResourceUseCase, ChangeResourceProfileUseCase,
        DeclareCompetenceUseCase, VerifyCompetenceUseCase, RejectCompetenceUseCase, SuspendResourceUseCase,
        GetResourceQuery, ListResourcesQuery, CompetenceQueueQuery, OwnResourceQuery {

    private final Resources resources;
    private final Organisations organisations;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final MatchingTrigger matching;

    /**
     * @param matching runs matching after every change of supply: a competence verified, a resource reinstated, a
     *                 profile changed (languages, hours, rate)
     */
    public ResourceService(Resources resources, Organisations organisations, EventOutbox outbox,
                           Transactions transactions, Clock clock, MatchingTrigger matching) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.matching = Objects.requireNonNull(matching, "matching");
    }

    @Override
    public Resource register(ActingUser actor, RegisterResourceCommand command) {
        Authorisation.requireAnyRole(actor, "register a resource", UserRole.RESOURCE_PERSON,
                UserRole.PLATFORM_ADMINISTRATOR);
        String person = personRegistered(actor, command.personUserId());
        requireOwnEmployer(actor, command.profile());
        return transactions.inTransaction(() -> {
            resources.findByPersonUserId(person).ifPresent(existing -> {
                throw new DomainException(ErrorCode.RESOURCE_ALREADY_REGISTERED,
                        "user " + person + " already has the resource profile " + existing.id());
            });
            requireKnownEmployer(command.profile());
            var registration = Resource.register(ResourceId.newId(), person, command.profile(),
                    command.competences(), clock.instant(), today());
            Resource saved = resources.save(registration.resource());
            outbox.append(registration.event());
            return saved;
        });
    }

    @Override
    public Resource changeProfile(ActingUser actor, ChangeResourceProfileCommand command) {
        Authorisation.requireAnyRole(actor, "change a resource's profile", UserRole.RESOURCE_PERSON,
                UserRole.PLATFORM_ADMINISTRATOR);
        requireOwnEmployer(actor, command.profile());
        return supplyChange(command.id(), command.expectedVersion(), resource -> {
            requirePersonOrAdministrator(actor, resource);
            if (resource.profile().equals(command.profile())) {
                return List.of();
            }
            requireKnownEmployer(command.profile());
            return List.of(resource.changeProfile(command.profile(), clock.instant()));
        });
    }

    @Override
    public Resource declareCompetence(ActingUser actor, DeclareCompetenceCommand command) {
        Authorisation.requireAnyRole(actor, "declare a competence", UserRole.RESOURCE_PERSON,
                UserRole.PLATFORM_ADMINISTRATOR);
        return change(command.id(), command.expectedVersion(), resource -> {
            requirePersonOrAdministrator(actor, resource);
            return List.of(resource.declareCompetence(command.declaration(), clock.instant(), today()));
        });
    }

    @Override
    public Resource verifyCompetence(ActingUser actor, DecideCompetenceCommand command) {
        Authorisation.requireAnyRole(actor, "verify a competence", UserRole.COORDINATOR);
        return supplyChange(command.id(), command.expectedVersion(), resource -> {
            requireIndependentCoordinator(actor, resource, "verify");
            return resource.verifyCompetence(command.code(), actor.userId(), command.remark(), clock.instant(),
                    today());
        });
    }

    @Override
    public Resource rejectCompetence(ActingUser actor, DecideCompetenceCommand command) {
        Authorisation.requireAnyRole(actor, "reject a competence", UserRole.COORDINATOR);
        return change(command.id(), command.expectedVersion(), resource -> {
            requireIndependentCoordinator(actor, resource, "reject");
            return List.of(resource.rejectCompetence(command.code(), actor.userId(), command.remark(),
                    clock.instant()));
        });
    }

    @Override
    public Resource suspend(ActingUser actor, ChangeResourceStatusCommand command) {
        Authorisation.requireAnyRole(actor, "suspend a resource", UserRole.COORDINATOR,
                UserRole.PLATFORM_ADMINISTRATOR);
        return change(command.id(), command.expectedVersion(), resource -> {
            if (!actor.has(UserRole.PLATFORM_ADMINISTRATOR)) {
                requireIndependentCoordinator(actor, resource, "suspend");
            }
            return List.of(resource.suspend(command.reason(), clock.instant()));
        });
    }

    @Override
    public Resource reinstate(ActingUser actor, ChangeResourceStatusCommand command) {
        Authorisation.requireAnyRole(actor, "reinstate a resource", UserRole.COORDINATOR,
                UserRole.PLATFORM_ADMINISTRATOR);
        return supplyChange(command.id(), command.expectedVersion(), resource -> {
            if (!actor.has(UserRole.PLATFORM_ADMINISTRATOR)) {
                requireIndependentCoordinator(actor, resource, "reinstate");
            }
            return List.of(resource.reinstate(command.reason(), clock.instant()));
        });
    }

    @Override
    public Resource get(ActingUser actor, ResourceId id) {
        Authorisation.requireAnyRole(actor, "read a resource", UserRole.values());
        return transactions.inTransaction(() -> {
            Resource resource = load(id);
            if (!maySee(actor, resource)) {
                throw notFound(id);
            }
            return resource;
        });
    }

    @Override
    public Optional<Resource> own(ActingUser actor) {
        Authorisation.requireAnyRole(actor, "read one's own resource", UserRole.RESOURCE_PERSON);
        return transactions.inTransaction(() -> resources.findByPersonUserId(actor.userId()));
    }

    @Override
    public Page<Resource> list(ActingUser actor, ResourceFilter filter, PageRequest page) {
        Authorisation.requireAnyRole(actor, "list resources", UserRole.COORDINATOR, UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> resources.list(filter, page));
    }

    @Override
    public List<CompetenceInQueue> pending(ActingUser actor) {
        Authorisation.requireAnyRole(actor, "read the verification queue", UserRole.COORDINATOR);
        return decidable(actor).stream().flatMap(r -> r.competences().stream()
                        .filter(c -> c.status() == CompetenceStatus.PENDING).map(c -> new CompetenceInQueue(r, c)))
                .toList();
    }

    @Override
    public List<CompetenceInQueue> expiringWithin(ActingUser actor, int days) {
        Authorisation.requireAnyRole(actor, "read the verification queue", UserRole.COORDINATOR);
        if (days < 1 || days > MAX_DAYS_AHEAD) {
            throw ValidationException.of("days", ViolationCode.OUT_OF_RANGE,
                    "must be between 1 and " + MAX_DAYS_AHEAD);
        }
        LocalDate today = today();
        LocalDate until = today.plusDays(days);
        return decidable(actor).stream().flatMap(r -> r.competences().stream()
                        .filter(c -> c.status() == CompetenceStatus.VERIFIED && c.expiresOn().isAfter(today)
                                && !c.expiresOn().isAfter(until))
                        .map(c -> new CompetenceInQueue(r, c)))
                .sorted(Comparator.comparing((CompetenceInQueue q) -> q.competence().expiresOn())
                        .thenComparing(q -> q.resource().profile().displayName()))
                .toList();
    }

    /**
     * The resources this coordinator may decide on, read page by page from the pool's listing: the pool is the size
     * of a country's study guides and teachers lent out, thousands, so one pass stays cheap; a store-side query is
     * the next step if it grows past that.
     */
    private List<Resource> decidable(ActingUser actor) {
        return transactions.inTransaction(() -> {
            List<Resource> all = new ArrayList<>();
            for (int page = 0; ; page++) {
                Page<Resource> found = resources.list(ResourceFilter.all(),
                        new PageRequest(page, PageRequest.MAX_SIZE));
                found.items().stream()
                        .filter(r -> !actor.organisation().map(r::isEmployedBy).orElse(false))
                        .filter(r -> !actor.userId().equals(r.personUserId()))
                        .forEach(all::add);
                if (found.items().size() < PageRequest.MAX_SIZE) {
                    return all;
                }
            }
        });
    }

    /**
     * Loads the resource, refuses an outdated version, applies the change and stores it with its events; a change
     * that yields no event stores nothing.
     */
    private Resource change(ResourceId id, long expectedVersion, Function<Resource, List<ResourceEvent>> change) {
        return transactions.inTransaction(() -> {
            Resource resource = load(id);
            resource.requireVersion(expectedVersion);
            List<ResourceEvent> events = change.apply(resource);
            if (events.isEmpty()) {
                return resource;
            }
            Resource saved = resources.save(resource);
            outbox.appendAll(events);
            return saved;
        });
    }

    /**
     * A change that may add supply: stored with a request for matching, which runs right after the commit, so a
     * waiting application gets the new resource at once.
     */
    private Resource supplyChange(ResourceId id, long expectedVersion,
                                  Function<Resource, List<ResourceEvent>> change) {
        Resource changed = change(id, expectedVersion, resource -> {
            List<ResourceEvent> events = change.apply(resource);
            if (!events.isEmpty()) {
                matching.requestWithin("resource " + resource.id() + " changed: "
                        + events.get(events.size() - 1).getClass().getSimpleName());
            }
            return events;
        });
        matching.runRequested();
        return changed;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Resource load(ResourceId id) {
        return resources.findById(id).orElseThrow(() -> notFound(id));
    }

    private static DomainException notFound(ResourceId id) {
        return new DomainException(ErrorCode.RESOURCE_NOT_FOUND, "no resource with id " + id);
    }

    /** An employer is an organisation on the platform: it is the one paid for the resource's hours. */
    private void requireKnownEmployer(ResourceProfile profile) {
        profile.employerIfAny().ifPresent(employer -> {
            if (organisations.findById(employer).isEmpty()) {
                throw ValidationException.of("employerId", ViolationCode.UNKNOWN_VALUE,
                        "no organisation with id " + employer + " is registered");
            }
        });
    }

    private static String personRegistered(ActingUser actor, String requested) {
        if (actor.has(UserRole.PLATFORM_ADMINISTRATOR)) {
            if (requested == null || requested.isBlank()) {
                throw ValidationException.of("personUserId", ViolationCode.REQUIRED,
                        "an administrator registering a resource names the person's user id");
            }
            return requested.strip();
        }
        if (requested != null && !requested.strip().equals(actor.userId())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "a resource person registers only themselves");
        }
        return actor.userId();
    }

    /**
     * The employer is paid for the resource's hours and answers for them, so only the organisation itself can say
     * that it employs somebody: a resource person names the organisation they act for, or none (independent);
     * only a platform administrator registers a resource for another organisation.
     */
    private static void requireOwnEmployer(ActingUser actor, ResourceProfile profile) {
        if (actor.has(UserRole.PLATFORM_ADMINISTRATOR)) {
            return;
        }
        profile.employerIfAny().ifPresent(employer -> {
            if (!actor.actsFor(employer)) {
                throw new DomainException(ErrorCode.ACCESS_DENIED, "a resource person names as employer only the "
                        + "organisation they act for, or none when independent");
            }
        });
    }

    /**
     * Only the person themself or an administrator changes a resource; anybody else who may not even see it learns
     * nothing more than {@link #get} tells them (not found), so the refusal does not reveal that it exists.
     */
    private static void requirePersonOrAdministrator(ActingUser actor, Resource resource) {
        if (!maySee(actor, resource)) {
            throw notFound(resource.id());
        }
        if (!actor.has(UserRole.PLATFORM_ADMINISTRATOR) && !actor.userId().equals(resource.personUserId())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED,
                    "only the resource person themself or a platform administrator may change resource "
                            + resource.id());
        }
    }

    /** Nobody verifies their own colleagues or themself: the check has to be independent. */
    private static void requireIndependentCoordinator(ActingUser actor, Resource resource, String action) {
        IndependentReview.require(actor.organisation().orElse(null), resource.profile().employer(),
                action + " a resource employed");
        if (actor.userId().equals(resource.personUserId())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "nobody may " + action + " their own resource");
        }
    }

    private static boolean maySee(ActingUser actor, Resource resource) {
        return actor.has(UserRole.PLATFORM_ADMINISTRATOR) || actor.has(UserRole.COORDINATOR)
                || actor.userId().equals(resource.personUserId())
                || (actor.has(UserRole.SUPPLIER_STAFF) || actor.has(UserRole.CONSUMER_STAFF))
                && actor.organisation().map(resource::isEmployedBy).orElse(false);
    }
}
