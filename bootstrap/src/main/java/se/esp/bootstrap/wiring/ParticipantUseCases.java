package se.esp.bootstrap.wiring;

import java.time.Clock;
import java.time.Period;
import java.time.format.DateTimeParseException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.application.application.ApplicationParticipantReferences;
import se.esp.application.credential.CredentialsOfParticipant;
import se.esp.application.delivery.DeliveryParticipantAccess;
import se.esp.application.participant.ParticipantReadPolicy;
import se.esp.application.participant.ParticipantService;
import se.esp.application.port.in.participant.AnonymiseExpiredParticipantsUseCase;
import se.esp.application.port.in.participant.ChangeParticipantUseCase;
import se.esp.application.port.in.participant.CompleteParticipationUseCase;
import se.esp.application.port.in.participant.ExportParticipantQuery;
import se.esp.application.port.in.participant.GetParticipantQuery;
import se.esp.application.port.in.participant.RegisterParticipantUseCase;

/**
 * The participant service with its adapters and the owner's retention period ({@code ESP_PERSONAL_DATA_RETENTION},
 * an ISO-8601 period, default {@code P24M}). The delivering supplier's staff and the resource leading a delivery read
 * its participants ({@link DeliveryParticipantAccess}, built here from the storage ports so this bean needs no other
 * area's service).
 */
@ApplicationScoped
public class ParticipantUseCases {

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "esp.personal-data.retention", defaultValue = "P24M")
    String retention;

    private ParticipantService participants;

    @PostConstruct
    void build() {
        Period period;
        try {
            period = Period.parse(retention.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("ESP_PERSONAL_DATA_RETENTION must be an ISO-8601 period such as P24M, "
                    + "not " + retention, e);
        }
        participants = new ParticipantService(persistence.participants(), persistence.personalDataAuditLog(),
                persistence.outbox(), persistence.transactions(), clock,
                new ParticipantReadPolicy(new DeliveryParticipantAccess(persistence.deliveries(),
                        persistence.resources())), period,
                new ApplicationParticipantReferences(persistence.applications()),
                new CredentialsOfParticipant(persistence.issuedCredentials(), persistence.credentialRevocations()));
    }

    @Produces
    @ApplicationScoped
    RegisterParticipantUseCase registerParticipant() {
        return participants;
    }

    @Produces
    @ApplicationScoped
    ChangeParticipantUseCase changeParticipant() {
        return participants;
    }

    @Produces
    @ApplicationScoped
    GetParticipantQuery getParticipant() {
        return participants;
    }

    @Produces
    @ApplicationScoped
    ExportParticipantQuery exportParticipant() {
        return participants;
    }

    @Produces
    @ApplicationScoped
    CompleteParticipationUseCase completeParticipation() {
        return participants;
    }

    @Produces
    @ApplicationScoped
    AnonymiseExpiredParticipantsUseCase anonymiseExpiredParticipants() {
        return participants;
    }
}
