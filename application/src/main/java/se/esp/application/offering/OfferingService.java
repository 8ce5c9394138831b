package se.esp.application.offering;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.offering.ManageOfferingUseCase;
import se.esp.application.port.in.offering.OfferingChange;
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
import se.esp.domain.offering.OfferingVersionId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Offerings once published: anybody signed in reads them (every version) and searches the catalogue; platform
 * administrators suspend, resume and retire them, and the catalogue follows in the same transaction.
 */
public final class OfferingService implements FindOfferingsQuery, SearchCatalogueQuery, ManageOfferingUseCase {

    private final Offerings offerings;
    private final Organisations organisations;
    private final Catalogue catalogue;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public OfferingService(Offerings offerings, Organisations organisations, Catalogue catalogue, EventOutbox outbox,
                           Transactions transactions, Clock clock) {
        this.offerings = Objects.requireNonNull(offerings, "offerings");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        Objects.requireNonNull(actor, "actor");
        return transactions.inTransaction(() -> catalogue.search(query));
    }

    @Override
    public Offering suspend(ActingUser actor, OfferingChange change) {
        Authorisation.requireAnyRole(actor, "suspend an offering", UserRole.PLATFORM_ADMINISTRATOR);
        return change(change, offering -> offering.suspend(change.reason(), clock.instant()));
    }

    @Override
    public Offering resume(ActingUser actor, OfferingChange change) {
        Authorisation.requireAnyRole(actor, "resume an offering", UserRole.PLATFORM_ADMINISTRATOR);
        return change(change, offering -> offering.resume(clock.instant()));
    }

    @Override
    public Offering retire(ActingUser actor, OfferingChange change) {
        Authorisation.requireAnyRole(actor, "retire an offering", UserRole.PLATFORM_ADMINISTRATOR);
        return change(change, offering -> offering.retire(change.reason(), clock.instant()));
    }

    private Offering change(OfferingChange change, Function<Offering, OfferingEvent> step) {
        return transactions.inTransaction(() -> {
            Offering offering = load(change.id());
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
            return saved;
        });
    }

    private Offering load(OfferingId id) {
        return offerings.findById(id).orElseThrow(() ->
                new DomainException(ErrorCode.OFFERING_NOT_FOUND, "no offering with id " + id));
    }
}
