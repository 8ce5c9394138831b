package se.esp.application.packaging;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.packaging.CostPackagingQuery;
import se.esp.application.port.in.packaging.CreatePackagingCommand;
import se.esp.application.port.in.packaging.DiffPackagingQuery;
import se.esp.application.port.in.packaging.DraftPackagingUseCase;
import se.esp.application.port.in.packaging.EditPackagingCommand;
import se.esp.application.port.in.packaging.FindPackagingsQuery;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.application.port.in.packaging.PackagingComparison;
import se.esp.application.port.in.packaging.PackagingDiffs;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.application.port.in.packaging.Publication;
import se.esp.application.port.in.packaging.PublishPackagingUseCase;
import se.esp.application.port.in.packaging.RecordReviewCommand;
import se.esp.application.port.in.packaging.RejectPackagingCommand;
import se.esp.application.port.in.packaging.ReviewPackagingUseCase;
import se.esp.application.port.in.packaging.ReviewQueueQuery;
import se.esp.application.port.out.Catalogue;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Packagings;
import se.esp.application.port.out.ReviewChecklists;
import se.esp.application.port.out.TransactionFeeRates;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingStatus;
import se.esp.domain.offering.OfferingVersionPublished;
import se.esp.domain.organisation.IndependentReview;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.packaging.CostingReport;
import se.esp.domain.packaging.Costing;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingDiff;
import se.esp.domain.packaging.PackagingEvent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.PackagingPublished;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.Reviewer;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Packaging from first draft to publication: supplier staff draft, submit, publish and revise their own
 * organisation's packagings; coordinators review other organisations', and compare a packaging with the draft they
 * returned and with the version on offer. Each change is stored with its event(s) in
 * one transaction; publishing also stores the offering version and updates the catalogue in that transaction.
 */
public final class PackagingService implements DraftPackagingUseCase, ReviewPackagingUseCase,
        PublishPackagingUseCase, FindPackagingsQuery, CostPackagingQuery, DiffPackagingQuery, ReviewQueueQuery {

    private final Packagings packagings;
    private final Offerings offerings;
    private final Organisations organisations;
    private final ReviewChecklists checklists;
    private final Catalogue catalogue;
    private final TransactionFeeRates feeRates;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public PackagingService(Packagings packagings, Offerings offerings, Organisations organisations,
                            ReviewChecklists checklists, Catalogue catalogue, TransactionFeeRates feeRates,
                            EventOutbox outbox, Transactions transactions, Clock clock) {
        this.packagings = Objects.requireNonNull(packagings, "packagings");
        this.offerings = Objects.requireNonNull(offerings, "offerings");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.checklists = Objects.requireNonNull(checklists, "checklists");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.feeRates = Objects.requireNonNull(feeRates, "feeRates");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Packaging create(ActingUser actor, CreatePackagingCommand command) {
        Authorisation.requireAnyRole(actor, "create a packaging", UserRole.SUPPLIER_STAFF);
        OrganisationId supplier = actor.organisation().orElseThrow(() -> new DomainException(ErrorCode.ACCESS_DENIED,
                "to create a packaging you must act for a supplier organisation"));
        return transactions.inTransaction(() -> {
            Organisation organisation = organisations.findById(supplier).orElseThrow(() ->
                    new DomainException(ErrorCode.ORGANISATION_NOT_FOUND, "no organisation with id " + supplier));
            if (!organisation.plays(OrganisationRole.SUPPLIER)) {
                throw new DomainException(ErrorCode.NOT_A_SUPPLIER,
                        organisation.name() + " does not play the supplier role, so it cannot package services");
            }
            var creation = Packaging.create(PackagingId.newId(), supplier, command.content(), clock.instant());
            Packaging saved = packagings.save(creation.packaging());
            outbox.append(creation.event());
            return saved;
        });
    }

    @Override
    public Packaging edit(ActingUser actor, EditPackagingCommand command) {
        requireSupplierStaff(actor, "edit a packaging");
        return change(actor, command.id(), command.expectedVersion(),
                packaging -> packaging.edit(command.content(), clock.instant()));
    }

    @Override
    public Packaging submit(ActingUser actor, PackagingChange change) {
        requireSupplierStaff(actor, "submit a packaging");
        return change(actor, change.id(), change.expectedVersion(), packaging -> packaging.submit(clock.instant()));
    }

    @Override
    public Packaging startRevision(ActingUser actor, PackagingChange change) {
        requireSupplierStaff(actor, "revise a packaging");
        return change(actor, change.id(), change.expectedVersion(), packaging -> {
            offerings.findByPackaging(packaging.id()).filter(o -> o.status() == OfferingStatus.RETIRED).ifPresent(o -> {
                        throw new DomainException(ErrorCode.OFFERING_STATUS_CONFLICT, "offering " + o.id()
                                + " is retired; package the service anew instead of revising it");
                    });
            return packaging.startRevision(clock.instant());
        });
    }

    @Override
    public Packaging startReview(ActingUser actor, PackagingChange change) {
        Authorisation.requireAnyRole(actor, "review a packaging", UserRole.COORDINATOR);
        Reviewer reviewer = reviewer(actor);
        return transactions.inTransaction(() -> {
            Packaging packaging = load(change.id());
            packaging.requireVersion(change.expectedVersion());
            return store(packaging, packaging.startReview(reviewer, clock.instant()));
        });
    }

    @Override
    public Packaging recordReview(ActingUser actor, RecordReviewCommand command) {
        Authorisation.requireAnyRole(actor, "review a packaging", UserRole.COORDINATOR);
        Reviewer reviewer = reviewer(actor);
        return transactions.inTransaction(() -> {
            Packaging packaging = load(command.id());
            packaging.requireVersion(command.expectedVersion());
            ReviewChecklist checklist = checklists.configured().orElseGet(ReviewChecklist::seeded);
            return store(packaging, packaging.recordReview(reviewer, checklist, command.assessments(),
                    clock.instant()));
        });
    }

    @Override
    public Packaging reject(ActingUser actor, RejectPackagingCommand command) {
        Authorisation.requireAnyRole(actor, "reject a packaging", UserRole.COORDINATOR);
        Reviewer reviewer = reviewer(actor);
        return transactions.inTransaction(() -> {
            Packaging packaging = load(command.id());
            packaging.requireVersion(command.expectedVersion());
            return store(packaging, packaging.reject(reviewer, command.reason(), clock.instant()));
        });
    }

    @Override
    /**
     * Not a matching trigger: an application names the exact offering version, so nobody waits for a version that
     * was only now published, and the versions published before keep their requirements and stay on offer as long
     * as the offering does — a new version changes nothing that matching reads.
     */
    public Publication publish(ActingUser actor, PackagingChange change) {
        requireSupplierStaff(actor, "publish a packaging");
        return transactions.inTransaction(() -> {
            Packaging packaging = loadOwn(actor, change.id());
            packaging.requireVersion(change.expectedVersion());
            Instant now = clock.instant();
            PackagingPublished published = packaging.publish(now);
            OfferingVersionPublished versionPublished;
            Offering offering = offerings.findByPackaging(packaging.id()).orElse(null);
            if (offering == null) {
                var launch = Offering.launch(OfferingId.newId(), packaging.id(), packaging.supplier(),
                        OfferingVersionId.newId(), packaging.draftNumber(), packaging.content(), now);
                offering = launch.offering();
                versionPublished = launch.event();
            } else {
                versionPublished = offering.publishVersion(OfferingVersionId.newId(), packaging.draftNumber(),
                        packaging.content(), now);
            }
            Packaging savedPackaging = packagings.save(packaging);
            Offering savedOffering = offerings.save(offering);
            if (savedOffering.isOnOffer()) {
                catalogue.put(CatalogueEntry.of(savedOffering, supplierName(savedOffering.supplier())));
            }
            outbox.append(published);
            outbox.append(versionPublished);
            return new Publication(savedPackaging, savedOffering);
        });
    }

    @Override
    public Packaging get(ActingUser actor, PackagingId id) {
        requireReader(actor);
        return transactions.inTransaction(() -> loadVisible(actor, id));
    }

    @Override
    public Page<Packaging> list(ActingUser actor, PackagingFilter filter, PageRequest page) {
        requireReader(actor);
        PackagingFilter visible = filter;
        if (!actor.has(UserRole.COORDINATOR) && !actor.has(UserRole.PLATFORM_ADMINISTRATOR)) {
            OrganisationId own = actor.organisation().orElseThrow(() -> new DomainException(ErrorCode.ACCESS_DENIED,
                    "supplier staff must act for their organisation"));
            visible = new PackagingFilter(own, filter.status());
        }
        PackagingFilter chosen = visible;
        return transactions.inTransaction(() -> packagings.list(chosen, page));
    }

    @Override
    public List<Packaging> waitingForReview(ActingUser actor) {
        Authorisation.requireAnyRole(actor, "read the review queue", UserRole.COORDINATOR);
        return transactions.inTransaction(() -> {
            List<Packaging> waiting = new ArrayList<>();
            for (PackagingStatus status : List.of(PackagingStatus.SUBMITTED, PackagingStatus.IN_REVIEW)) {
                for (int page = 0; waiting.size() < MAX_QUEUE; page++) {
                    Page<Packaging> found = packagings.list(new PackagingFilter(null, status),
                            new PageRequest(page, PageRequest.MAX_SIZE));
                    found.items().stream().filter(p -> actor.organisation().map(own -> !p.isOwnedBy(own)).orElse(true))
                            .forEach(waiting::add);
                    if (found.items().size() < PageRequest.MAX_SIZE) {
                        break;
                    }
                }
            }
            return waiting.stream().sorted(Comparator.comparing(Packaging::changedAt)
                    .thenComparing(p -> p.id().toString())).limit(MAX_QUEUE).toList();
        });
    }

    @Override
    public CostingReport costAt(ActingUser actor, PackagingId id, int groupSize, Money price) {
        requireReader(actor);
        Packaging packaging = transactions.inTransaction(() -> loadVisible(actor, id));
        return cost(packaging.content(), groupSize, price);
    }

    @Override
    public CostingReport costContent(ActingUser actor, PackagingContent content, int groupSize, Money price) {
        requireSupplierStaff(actor, "cost a packaging being drafted");
        return cost(Objects.requireNonNull(content, "content"), groupSize, price);
    }

    private CostingReport cost(PackagingContent content, int groupSize, Money price) {
        Money testedPrice = price != null ? price : content.pricePerParticipant();
        Violations violations = new Violations();
        if (content.costModel() == null) {
            violations.add("costModel", ViolationCode.REQUIRED, "the packaging states no costs yet");
        }
        if (content.components().isEmpty()) {
            violations.add("components", ViolationCode.REQUIRED, "the packaging has no components yet");
        }
        if (testedPrice == null) {
            violations.add("price", ViolationCode.REQUIRED, "give a price, or state the packaging's price first");
        }
        violations.throwIfAny();
        return Costing.report(content.components(), content.costModel(), testedPrice, groupSize,
                feeRates.rateOn(LocalDate.ofInstant(clock.instant(), clock.getZone())));
    }

    @Override
    public PackagingDiffs diff(ActingUser actor, PackagingId id) {
        requireReader(actor);
        return transactions.inTransaction(() -> {
            Packaging packaging = load(id);
            requireMayCompare(actor, packaging);
            List<PackagingComparison> comparisons = new ArrayList<>();
            packaging.returnedDraft().ifPresent(returned -> comparisons.add(PackagingComparison.sinceReturned(
                    returned, PackagingDiff.between(returned.content(), packaging.content()))));
            offerings.findByPackaging(packaging.id()).ifPresent(offering -> comparisons.add(
                    PackagingComparison.sinceOffered(offering,
                            PackagingDiff.between(offering.current().content(), packaging.content()))));
            return new PackagingDiffs(packaging.id(), packaging.status(), packaging.draftNumber(),
                    packaging.version(), comparisons);
        });
    }

    /**
     * Who may review it may compare its versions: administrators, the supplier's own staff, coordinators of other
     * organisations. A coordinator of the supplier's own organisation is refused as for taking it up.
     */
    private static void requireMayCompare(ActingUser actor, Packaging packaging) {
        boolean own = actor.actsFor(packaging.supplier());
        if (actor.has(UserRole.PLATFORM_ADMINISTRATOR) || (own && actor.has(UserRole.SUPPLIER_STAFF))
                || (!own && actor.has(UserRole.COORDINATOR))) {
            return;
        }
        if (own) {
            IndependentReview.require(actor.organisation().orElse(null), packaging.supplier(),
                    "compare the versions of a packaging");
        }
        throw new DomainException(ErrorCode.ACCESS_DENIED,
                "packaging " + packaging.id() + " belongs to another supplier; its published versions are in the "
                        + "catalogue");
    }

    private Packaging change(ActingUser actor, PackagingId id, long expectedVersion,
                             Function<Packaging, PackagingEvent> step) {
        return transactions.inTransaction(() -> {
            Packaging packaging = loadOwn(actor, id);
            packaging.requireVersion(expectedVersion);
            return store(packaging, step.apply(packaging));
        });
    }

    private Packaging store(Packaging packaging, PackagingEvent event) {
        Packaging saved = packagings.save(packaging);
        outbox.append(event);
        return saved;
    }

    private Packaging load(PackagingId id) {
        return packagings.findById(id).orElseThrow(() ->
                new DomainException(ErrorCode.PACKAGING_NOT_FOUND, "no packaging with id " + id));
    }

    /** Only staff of the owning supplier may change a packaging; anybody else learns only that they may not. */
    private Packaging loadOwn(ActingUser actor, PackagingId id) {
        Packaging packaging = load(id);
        if (!actor.actsFor(packaging.supplier())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED,
                    "only staff of the supplier that owns packaging " + id + " may change it");
        }
        return packaging;
    }

    private Packaging loadVisible(ActingUser actor, PackagingId id) {
        Packaging packaging = load(id);
        boolean reviewerOrAdmin = actor.has(UserRole.COORDINATOR) || actor.has(UserRole.PLATFORM_ADMINISTRATOR);
        if (!reviewerOrAdmin && !actor.actsFor(packaging.supplier())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED,
                    "packaging " + id + " belongs to another supplier; its published versions are in the catalogue");
        }
        return packaging;
    }

    private String supplierName(OrganisationId supplier) {
        return organisations.findById(supplier).map(o -> o.name().value()).orElse(supplier.toString());
    }

    private static void requireSupplierStaff(ActingUser actor, String action) {
        Authorisation.requireAnyRole(actor, action, UserRole.SUPPLIER_STAFF);
    }

    private static void requireReader(ActingUser actor) {
        Authorisation.requireAnyRole(actor, "read packagings", UserRole.SUPPLIER_STAFF, UserRole.COORDINATOR,
                UserRole.PLATFORM_ADMINISTRATOR);
    }

    private static Reviewer reviewer(ActingUser actor) {
        return new Reviewer(actor.userId(), actor.organisationId());
    }
}
