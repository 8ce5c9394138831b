package se.esp.application.offering;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import se.esp.application.matching.MatchingTrigger;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.CatalogueSort;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.offering.ManageOfferingUseCase;
import se.esp.application.port.in.offering.OfferingChange;
import se.esp.application.port.in.offering.OfferingFilter;
import se.esp.application.port.in.offering.OfferingVersionView;
import se.esp.application.port.in.offering.SearchCatalogueQuery;
import se.esp.application.port.out.Catalogue;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingEvent;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * Offerings once published: anybody signed in reads them (every version) and searches the catalogue; platform
 * administrators, and the staff of the supplier whose offering it is, suspend, resume and retire them, and the
 * catalogue follows in the same transaction.
 *
 * <p>Resuming puts every version of the offering back on offer, so applications that waited because it was
 * suspended ({@code OFFERING_NOT_ON_OFFER}) can be matched: the resume records a matching request in its transaction
 * and runs matching right after the commit ({@link MatchingTrigger}). Suspending and retiring add neither demand nor
 * supply, so they request nothing (the applications waiting for the offering keep waiting; the next run gives them
 * the reason). Publishing a new version is not a trigger either (see {@code PackagingService#publish}).</p>
 */
public final class OfferingService implements FindOfferingsQuery, SearchCatalogueQuery, ManageOfferingUseCase {

    private final Offerings offerings;
    private final Organisations organisations;
    private final Catalogue catalogue;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final MatchingTrigger matching;
    private final CatalogueCapacity capacity;

    /** Without automatic matching (tests of other behaviour): resuming requests no run. */
    public OfferingService(Offerings offerings, Organisations organisations, Catalogue catalogue, EventOutbox outbox,
                           Transactions transactions, Clock clock) {
        this(offerings, organisations, catalogue, outbox, transactions, clock, MatchingTrigger.NONE);
    }

    /** @param matching requests and runs matching when an offering resumes */
    public OfferingService(Offerings offerings, Organisations organisations, Catalogue catalogue, EventOutbox outbox,
                           Transactions transactions, Clock clock, MatchingTrigger matching) {
        this(offerings, organisations, catalogue, outbox, transactions, clock, matching, null);
    }

    /**
     * @param matching requests and runs matching when an offering resumes
     * @param capacity matching's state for the hits' capacity and "can start within N days"; {@code null}: the
     *                 hits carry no capacity and that filter is refused (a platform without matching)
     */
    public OfferingService(Offerings offerings, Organisations organisations, Catalogue catalogue, EventOutbox outbox,
                           Transactions transactions, Clock clock, MatchingTrigger matching,
                           CatalogueCapacity capacity) {
        this.offerings = Objects.requireNonNull(offerings, "offerings");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.matching = Objects.requireNonNull(matching, "matching");
        this.capacity = capacity;
    }

    @Override
    public Offering get(ActingUser actor, OfferingId id) {
        Objects.requireNonNull(actor, "actor");
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public OfferingVersionView version(ActingUser actor, OfferingVersionId id) {
        Objects.requireNonNull(actor, "actor");
        return transactions.inTransaction(() -> {
            Offering offering = offerings.findByVersion(id).orElseThrow(() ->
                    new DomainException(ErrorCode.OFFERING_VERSION_NOT_FOUND, "no offering version with id " + id));
            return new OfferingVersionView(offering, offering.version(id).orElseThrow());
        });
    }

    @Override
    public CatalogueResult search(ActingUser actor, CatalogueQuery query) {
        return search(actor, query, null);
    }

    /**
     * "Can start within N days" runs the query over every hit (in pages of the largest size), keeps those a
     * participant can start within the days, and searches again restricted to them, so paging, sort and facet
     * counts are the catalogue's own. When none can start, the restriction names an offering that does not exist:
     * an empty restriction would mean none.
     */
    @Override
    public CatalogueResult search(ActingUser actor, CatalogueQuery query, Integer startWithinDays) {
        Objects.requireNonNull(actor, "actor");
        if (startWithinDays != null && (startWithinDays < 0 || startWithinDays > MAX_START_WITHIN_DAYS)) {
            throw ValidationException.of("startWithinDays", ViolationCode.OUT_OF_RANGE,
                    "must be between 0 and " + MAX_START_WITHIN_DAYS);
        }
        if (startWithinDays != null && capacity == null) {
            throw new IllegalStateException("this platform has no matching state to tell when offerings can start");
        }
        return transactions.inTransaction(() -> {
            CatalogueQuery effective = query;
            if (startWithinDays != null) {
                Set<OfferingId> starting = capacity.startingWithin(everyHit(query), startWithinDays);
                effective = restrictedTo(query, starting.isEmpty() ? Set.of(NO_OFFERING) : starting);
            }
            CatalogueResult result = catalogue.search(effective);
            return capacity == null ? result
                    : result.withCapacity(capacity.of(result.hits().items(), MAX_START_WITHIN_DAYS));
        });
    }

    private static final OfferingId NO_OFFERING = new OfferingId(new java.util.UUID(0, 0));

    private List<CatalogueEntry> everyHit(CatalogueQuery query) {
        List<CatalogueEntry> hits = new ArrayList<>();
        for (int page = 0; ; page++) {
            CatalogueQuery one = new CatalogueQuery(query.text(), query.phases(), query.serviceAreas(),
                    query.targetGroups(), query.deliveryLanguages(), query.deliveryModes(), query.suppliers(),
                    query.minPrice(), query.maxPrice(), query.eligibleAge(), query.offerings(), CatalogueSort.TITLE,
                    new PageRequest(page, PageRequest.MAX_SIZE));
            Page<CatalogueEntry> found = catalogue.search(one).hits();
            hits.addAll(found.items());
            if (found.items().isEmpty() || hits.size() >= found.totalItems()) {
                return hits;
            }
        }
    }

    /** The query limited to the offerings, within any restriction it had. */
    private static CatalogueQuery restrictedTo(CatalogueQuery query, Set<OfferingId> offerings) {
        Set<OfferingId> limit = offerings;
        if (!query.offerings().isEmpty()) {
            limit = new HashSet<>(offerings);
            limit.retainAll(query.offerings());
            if (limit.isEmpty()) {
                limit = Set.of(NO_OFFERING);
            }
        }
        return new CatalogueQuery(query.text(), query.phases(), query.serviceAreas(), query.targetGroups(),
                query.deliveryLanguages(), query.deliveryModes(), query.suppliers(), query.minPrice(),
                query.maxPrice(), query.eligibleAge(), limit, query.sort(), query.page());
    }

    @Override
    public Offering suspend(ActingUser actor, OfferingChange change) {
        Authorisation.requireAnyRole(actor, "suspend an offering", UserRole.PLATFORM_ADMINISTRATOR, UserRole.SUPPLIER_STAFF);
        return change(actor, change, offering -> offering.suspend(change.reason(), clock.instant()), false);
    }

    @Override
    public Offering resume(ActingUser actor, OfferingChange change) {
        Authorisation.requireAnyRole(actor, "resume an offering", UserRole.PLATFORM_ADMINISTRATOR, UserRole.SUPPLIER_STAFF);
        Offering resumed = change(actor, change, offering -> offering.resume(clock.instant()), true);
        matching.runRequested();
        return resumed;
    }

    @Override
    public Offering retire(ActingUser actor, OfferingChange change) {
        Authorisation.requireAnyRole(actor, "retire an offering", UserRole.PLATFORM_ADMINISTRATOR, UserRole.SUPPLIER_STAFF);
        return change(actor, change, offering -> offering.retire(change.reason(), clock.instant()), false);
    }

    @Override
    public Page<Offering> list(ActingUser actor, OfferingFilter filter, PageRequest page) {
        Objects.requireNonNull(actor, "actor");
        return transactions.inTransaction(() -> offerings.list(filter, page));
    }

    /**
     * Administrators change any offering; supplier staff only their own organisation's, and anybody else's is
     * refused as not theirs.
     */
    private Offering change(ActingUser actor, OfferingChange change, Function<Offering, OfferingEvent> step,
                            boolean putsBackOnOffer) {
        return transactions.inTransaction(() -> {
            Offering offering = load(change.id());
            if (!actor.has(UserRole.PLATFORM_ADMINISTRATOR) && !actor.actsFor(offering.supplier())) {
                throw new DomainException(ErrorCode.ACCESS_DENIED,
                        "only staff of the supplier that owns offering " + offering.id() + " may change it");
            }
            offering.requireVersion(change.expectedVersion());
            OfferingEvent event = step.apply(offering);
            Offering saved = offerings.save(offering);
            if (saved.isOnOffer()) {
                String supplierName = organisations.findById(saved.supplier()).map(o -> o.name().value())
                        .orElse(saved.supplier().toString());
                catalogue.put(CatalogueEntry.of(saved, supplierName));
            } else {
                catalogue.remove(saved.id());
            }
            outbox.append(event);
            if (putsBackOnOffer) {
                matching.requestWithin("offering " + saved.id() + " resumed; applications waiting for it may match");
            }
            return saved;
        });
    }

    private Offering load(OfferingId id) {
        return offerings.findById(id).orElseThrow(() ->
                new DomainException(ErrorCode.OFFERING_NOT_FOUND, "no offering with id " + id));
    }
}
