package se.esp.application.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesCommand;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesUseCase;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.organisation.OrganisationSort;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.organisation.RegisterOrganisationUseCase;
import se.esp.application.port.in.organisation.UpdateOrganisationCommand;
import se.esp.application.port.in.organisation.UpdateOrganisationUseCase;
import se.esp.application.port.out.Catalogue;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.SettlementPeriods;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationEvent;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Registers, changes and finds organisations. Each change is stored together with its event in one
 * transaction; authorisation is decided before anything is read. A new name reaches the supplier's entries in the
 * catalogue in the same transaction ({@link Catalogue#renameSupplier}), since users search and filter the
 * catalogue by supplier.
 */
public final class OrganisationService implements RegisterOrganisationUseCase, UpdateOrganisationUseCase,
        ChangeOrganisationRolesUseCase, GetOrganisationQuery, ListOrganisationsQuery {

    private final Organisations organisations;
    private final Catalogue catalogue;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final SettlementPeriods periods;

    public OrganisationService(Organisations organisations, Catalogue catalogue, EventOutbox outbox,
                               Transactions transactions, Clock clock) {
        this(organisations, catalogue, outbox, transactions, clock, null);
    }

    /**
     * @param periods to refuse a change of population or participation level from a day in a closed settlement
     *                month; {@code null}: no settlement (then nothing is refused for it)
     */
    public OrganisationService(Organisations organisations, Catalogue catalogue, EventOutbox outbox,
                               Transactions transactions, Clock clock, SettlementPeriods periods) {
        this.periods = periods;
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Organisation register(ActingUser actor, RegisterOrganisationCommand command) {
        Authorisation.requireAnyRole(actor, "register an organisation", UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> {
            organisations.findByNumber(command.number()).ifPresent(existing -> {
                throw new DomainException(ErrorCode.ORGANISATION_NUMBER_TAKEN,
                        "organisation number " + command.number() + " is already registered to " + existing.name());
            });
            refuseSecondOwner(command.profile(), null);
            var registration = Organisation.register(OrganisationId.newId(), command.number(), command.profile(),
                    command.roles(), clock.instant());
            Organisation saved = organisations.save(registration.organisation());
            outbox.append(registration.event());
            return saved;
        });
    }

    @Override
    public Organisation update(ActingUser actor, UpdateOrganisationCommand command) {
        Authorisation.requireAnyRole(actor, "change an organisation", UserRole.PLATFORM_ADMINISTRATOR);
        return change(command.id(), command.expectedVersion(), organisation -> {
            if (organisation.profile().equals(command.profile())) {
                return Optional.empty();
            }
            refuseSecondOwner(command.profile(), organisation);
            boolean renamed = !organisation.name().equals(command.profile().name());
            LocalDate effectiveFrom = command.effectiveFrom() != null ? command.effectiveFrom() : LocalDate.now(clock);
            boolean feeBasisChanged = !Objects.equals(organisation.profile().population(),
                    command.profile().population())
                    || organisation.profile().participationLevel() != command.profile().participationLevel();
            if (feeBasisChanged && periods != null && periods.isClosed(YearMonth.from(effectiveFrom))) {
                // Closed months are final: the months before the change keep the values they were settled with.
                throw new DomainException(ErrorCode.SETTLEMENT_PERIOD_CLOSED, "effectiveFrom " + effectiveFrom
                        + " falls in " + YearMonth.from(effectiveFrom) + ", which is closed; a change of population "
                        + "or participation level can apply from the first open month");
            }
            OrganisationEvent updated = organisation.update(command.profile(), effectiveFrom, clock.instant());
            if (renamed) {
                catalogue.renameSupplier(organisation.id(), organisation.name().value());
            }
            return Optional.of(updated);
        });
    }

    @Override
    public Organisation changeRoles(ActingUser actor, ChangeOrganisationRolesCommand command) {
        Authorisation.requireAnyRole(actor, "change an organisation's roles", UserRole.PLATFORM_ADMINISTRATOR);
        return change(command.id(), command.expectedVersion(), organisation ->
                organisation.roles().equals(command.roles())
                        ? Optional.empty()
                        : Optional.of(organisation.changeRoles(command.roles(), clock.instant())));
    }

    /**
     * Loads the organisation, refuses an outdated version, applies the change and stores it with its event; a
     * change that changes nothing (no event) stores nothing.
     */
    private Organisation change(OrganisationId id, long expectedVersion,
                                Function<Organisation, Optional<OrganisationEvent>> change) {
        return transactions.inTransaction(() -> {
            Organisation organisation = load(id);
            organisation.requireVersion(expectedVersion);
            Optional<OrganisationEvent> event = change.apply(organisation);
            if (event.isEmpty()) {
                return organisation;
            }
            Organisation saved = organisations.save(organisation);
            outbox.append(event.get());
            return saved;
        });
    }

    @Override
    public Organisation get(ActingUser actor, OrganisationId id) {
        // organisations are directory data: any signed-in user reads them
        Authorisation.requireSignedIn(actor);
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Page<Organisation> list(ActingUser actor, OrganisationFilter filter, OrganisationSort sort,
                                   PageRequest page) {
        Authorisation.requireSignedIn(actor);
        return transactions.inTransaction(() -> organisations.list(filter, sort, page));
    }

    private Organisation load(OrganisationId id) {
        return organisations.findById(id).orElseThrow(() ->
                new DomainException(ErrorCode.ORGANISATION_NOT_FOUND, "no organisation with id " + id));
    }

    /** The platform has one owner: the operator that settles with everybody else. */
    private void refuseSecondOwner(OrganisationProfile profile, Organisation changing) {
        boolean becomesOwner = profile.kind() == OrganisationKind.OWNER
                && (changing == null || changing.kind() != OrganisationKind.OWNER);
        if (becomesOwner && organisations.anyOfKind(OrganisationKind.OWNER)) {
            throw new DomainException(ErrorCode.OWNER_ALREADY_REGISTERED,
                    "the platform already has an owner organisation; there can be only one");
        }
    }
}
