package se.esp.application.port.in.outbox;

import se.esp.application.port.out.OutboxBacklog;

/** How far event publishing lags behind: for metrics and the readiness check. */
public interface OutboxBacklogQuery {

    OutboxBacklog backlog();
}
