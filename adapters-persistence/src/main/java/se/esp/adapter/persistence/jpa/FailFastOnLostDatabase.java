package se.esp.adapter.persistence.jpa;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that lost its connection three times, five seconds apart, on the thread of the
 * request: with the database down every read would hang for fifteen seconds before failing. Here the connections
 * come from a pool that hands out only validated ones (the server's data source, see bootstrap's
 * {@code datasource-mariadb.xml}), so a retry inside EclipseLink gains nothing; the failure surfaces at once as
 * {@link se.esp.application.port.out.StorageUnavailableException} and the caller retries when it sees fit.
 * Named in {@code META-INF/persistence.xml}.
 */
public final class FailFastOnLostDatabase implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
