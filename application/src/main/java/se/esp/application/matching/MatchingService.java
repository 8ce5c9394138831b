package se.esp.application.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import se.esp.application.port.in.matching.RunMatchingUseCase;
import se.esp.application.port.out.OfferingRequirements;
import se.esp.application.port.out.OpenDeliveries;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Resources;
import se.esp.application.port.out.Transactions;
import se.esp.application.port.out.WaitingDemand;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.matching.MatchingEngine;
import se.esp.domain.matching.MatchingInput;
import se.esp.domain.matching.MatchingResult;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.OfferingVersionRef;
import se.esp.domain.matching.OpenDelivery;
import se.esp.domain.matching.ResourceSupply;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.Resource;

/**
 * Runs matching: reads demand, supply, requirements and open deliveries through the outbound ports in one
 * transaction (one consistent picture), builds the engine's input as of today (the clock's date) and returns its
 * decisions.
 *
 * <p>Not yet here, because applications and deliveries are not stored yet: applying the result (placing or
 * waitlisting each application with its explanation, opening deliveries, their events) in the same transaction, and
 * running it automatically on receipt and on every change of supply.</p>
 */
public final class MatchingService implements RunMatchingUseCase {

    private final WaitingDemand demand;
    private final Resources resources;
    private final Organisations organisations;
    private final OfferingRequirements requirements;
    private final OpenDeliveries deliveries;
    private final Transactions transactions;
    private final Clock clock;

    public MatchingService(WaitingDemand demand, Resources resources, Organisations organisations,
                           OfferingRequirements requirements, OpenDeliveries deliveries, Transactions transactions,
                           Clock clock) {
        this.demand = Objects.requireNonNull(demand, "demand");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.requirements = Objects.requireNonNull(requirements, "requirements");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public MatchingResult run(ActingUser actor) {
        Authorisation.requireAnyRole(actor, "run matching", UserRole.PLATFORM_ADMINISTRATOR, UserRole.COORDINATOR);
        return transactions.inTransaction(() -> MatchingEngine.match(input(LocalDate.now(clock))));
    }

    private MatchingInput input(LocalDate today) {
        List<WaitingApplication> waiting = demand.waiting();
        List<OpenDelivery> open = deliveries.current();
        Set<OfferingVersionRef> versions = new TreeSet<>();
        waiting.forEach(a -> versions.add(a.offeringVersion()));
        open.forEach(d -> versions.add(d.offeringVersion()));
        List<OfferingRequirement> onOffer = versions.isEmpty() ? List.of() : requirements.onOffer(versions);
        Map<OrganisationId, String> employers = new HashMap<>();
        List<ResourceSupply> supply = resources.matchable().stream()
                .map(r -> ResourceSupply.of(r, today, employerName(r, employers)))
                .filter(s -> !s.competences().isEmpty())
                .toList();
        return new MatchingInput(today, onOffer, waiting, supply, open);
    }

    private String employerName(Resource resource, Map<OrganisationId, String> known) {
        return resource.profile().employerIfAny()
                .map(employer -> known.computeIfAbsent(employer, id -> organisations.findById(id)
                        .map(Organisation::name).map(Object::toString).orElse("an organisation no longer registered")))
                .orElse(null);
    }
}
