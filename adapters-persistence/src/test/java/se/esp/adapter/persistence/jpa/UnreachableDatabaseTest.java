package se.esp.adapter.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import se.esp.adapter.persistence.participant.PersonalDataCipher;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.adapter.persistence.testing.OrganisationFixtures;
import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;
import se.esp.application.port.out.StorageUnavailableException;
import se.esp.domain.organisation.Organisation;

/**
 * A database that cannot be reached is told apart from one that refuses a statement, however deeply the layers
 * wrapped the cause, and the transactions port reports it as {@link StorageUnavailableException}.
 */
class UnreachableDatabaseTest {

    private TestDatabase database;
    private EntityManagerFactory factory;

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aRefusedConnectionDeepUnderJpaAndEclipseLinkIsUnreachable() {
        // as on the server: JPA ← EclipseLink's DatabaseException ← the pool's SQLException ← the driver ← the socket
        Throwable failure = new PersistenceException("Exception [EclipseLink-4002]", new EclipseLinkLikeException(
                new SQLException("J2CA0045E: connection not available", null, new SQLNonTransientConnectionException(
                        "Socket fail to connect to 127.0.0.1", "08000", new ConnectException("Connection refused")))));

        assertThat(JpaStorage.isUnreachable(failure)).isTrue();
    }

    @Test
    void aConnectionStateOfClass08AnywhereInTheChainIsUnreachable() {
        Throwable failure = new RollbackException(new EclipseLinkLikeException(
                new SQLException("Communications link failure", "08S01")));

        assertThat(JpaStorage.isUnreachable(failure)).isTrue();
    }

    @Test
    void theServerPoolGivingUpIsUnreachable() {
        Throwable waited = new PersistenceException(new EclipseLinkLikeException(
                new SQLTransientConnectionException("J2CA1010E: connection wait timeout")));
        Throwable allocation = new PersistenceException(new EclipseLinkLikeException(
                new SQLException("could not allocate", null, new ResourceAllocationException("no connection"))));

        assertThat(JpaStorage.isUnreachable(waited)).isTrue();
        assertThat(JpaStorage.isUnreachable(allocation)).isTrue();
    }

    @Test
    void aStatementTheDatabaseRefusedIsNotUnreachable() {
        assertThat(JpaStorage.isUnreachable(new PersistenceException(new EclipseLinkLikeException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))))).isFalse();
        assertThat(JpaStorage.isUnreachable(new PersistenceException(new EclipseLinkLikeException(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205))))).isFalse();
        assertThat(JpaStorage.isUnreachable(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aCycleOfCausesEndsTheWalk() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(JpaStorage.isUnreachable(first)).isFalse();
    }

    @Test
    void transactionsReportTheDatabaseGoneAndWorkAgainWhenItIsBack() {
        database = TestDatabases.h2();
        SchemaMigrations.migrate(database.dataSource());
        SwitchableDataSource dataSource = new SwitchableDataSource(database.dataSource());
        factory = JpaPersistence.outsideServer(dataSource);
        JpaPersistence storage = new JpaPersistence(factory, PersonalDataCipher.withRandomKey());
        Organisation stored = OrganisationFixtures.anOrganisation().build();
        storage.transactions().inTransaction(() -> storage.organisations().save(stored));

        dataSource.down = true;
        long start = System.nanoTime();

        assertThatThrownBy(() -> storage.transactions().inTransaction(
                () -> storage.organisations().findById(stored.id())))
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessage("the database cannot be reached: Connection refused")
                .hasRootCauseInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> storage.transactions().inTransaction(
                () -> storage.organisations().save(OrganisationFixtures.anOrganisation().build())))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("failing, not retrying on the caller's thread")
                .isLessThan(Duration.ofSeconds(3));

        dataSource.down = false;

        assertThat(storage.transactions().inTransaction(() -> storage.organisations().findById(stored.id())))
                .isPresent();
    }

    /** Stands in for EclipseLink's DatabaseException, which this module does not compile against. */
    private static final class EclipseLinkLikeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EclipseLinkLikeException(Throwable cause) {
            super("Exception [EclipseLink-4002] (Eclipse Persistence Services): DatabaseException", cause);
        }
    }

    /** Named as the Jakarta Connectors exception the server's pool throws. */
    private static final class ResourceAllocationException extends Exception {
        private static final long serialVersionUID = 1L;

        ResourceAllocationException(String message) {
            super(message);
        }
    }

    /** The real database behind a switch: while down, every new connection is refused as a stopped server's. */
    private static final class SwitchableDataSource implements DataSource {
        private final DataSource real;
        volatile boolean down;

        SwitchableDataSource(DataSource real) {
            this.real = real;
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseIfDown();
            return real.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            refuseIfDown();
            return real.getConnection(user, password);
        }

        private void refuseIfDown() throws SQLException {
            if (down) {
                throw new SQLNonTransientConnectionException("Socket fail to connect to host:localhost, port:3306",
                        "08000", new ConnectException("Connection refused"));
            }
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return real.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            real.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            real.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return real.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return real.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return real.isWrapperFor(type);
        }
    }
}
