package se.esp.domain.participant;

import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainEventVisitor;

/**
 * Everything that can happen to a participant. No event carries personal data — only ids and times — so the
 * outbox and every system receiving the messages stay free of it, and anonymisation has nothing to chase.
 */
public sealed interface ParticipantEvent extends DomainEvent
        permits ParticipantRegistered, ParticipantChanged, ParticipationCompleted, ParticipantAnonymised {

    ParticipantId participantId();

    @Override
    default String aggregateId() {
        return participantId().toString();
    }

    @Override
    default <R> R accept(DomainEventVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
