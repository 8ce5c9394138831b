package se.esp.application.port.in.credential;

import java.util.List;

import se.esp.domain.delivery.Delivery;
import se.esp.domain.shared.DomainEvent;

/**
 * The platform's step of a delivery's completion that issues the credentials earned in it. Called inside the
 * completing transaction, so the credentials are stored exactly when the completion is; the caller appends the
 * returned events to the outbox with its own.
 */
public interface IssueCredentialsOnCompletion {

    List<DomainEvent> issueFor(Delivery completed);
}
