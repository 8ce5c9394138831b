package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.delivery.DeliveryService;
import se.esp.application.delivery.DeliverySettlement;
import se.esp.application.matching.MatchingTrigger;
import se.esp.application.port.in.credential.IssueCredentialsOnCompletion;
import se.esp.application.port.in.delivery.GetDeliveryQuery;
import se.esp.application.port.in.delivery.ListDeliveriesQuery;
import se.esp.application.port.in.delivery.ManageDeliveryUseCase;
import se.esp.application.port.in.participant.CompleteParticipationUseCase;
import se.esp.application.port.out.DeliverySettlementSource;

/**
 * The delivery service (completing a delivery completes its participations through the participant area's use
 * case and issues the credentials earned through the credential area's), and the deliveries' side of settlement, which {@link FeeUseCases} picks up as the
 * {@link DeliverySettlementSource} bean.
 */
@ApplicationScoped
public class DeliveryUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    @Inject
    CompleteParticipationUseCase participations;

    @Inject
    IssueCredentialsOnCompletion credentials;

    @Inject
    MatchingTrigger matching;

    private DeliveryService deliveries;

    @PostConstruct
    void build() {
        deliveries = new DeliveryService(persistence.deliveries(), persistence.applications(),
                persistence.resources(), persistence.organisations(), participations, credentials, matching,
                persistence.outbox(), persistence.transactions(), clock);
    }

    @Produces
    @ApplicationScoped
    GetDeliveryQuery getDelivery() {
        return deliveries;
    }

    @Produces
    @ApplicationScoped
    ListDeliveriesQuery listDeliveries() {
        return deliveries;
    }

    @Produces
    @ApplicationScoped
    ManageDeliveryUseCase manageDelivery() {
        return deliveries;
    }

    @Produces
    @ApplicationScoped
    DeliverySettlementSource deliverySettlement() {
        return new DeliverySettlement(persistence.deliveries(), persistence.organisations(), clock);
    }
}
