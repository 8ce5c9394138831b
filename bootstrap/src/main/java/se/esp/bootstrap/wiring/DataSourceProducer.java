package se.esp.bootstrap.wiring;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import se.esp.adapter.messaging.ServerResources;

/**
 * The server's data source {@code jdbc/esp}: the embedded H2 by default, MariaDB by configuration (see
 * server.xml). The JPA adapters reach it through the persistence unit; migrations and health checks here.
 */
@ApplicationScoped
public class DataSourceProducer {

    public static final String DATA_SOURCE = "jdbc/esp";

    private DataSource dataSource;

    /** Under the server's prefix for server-wide names, as the broker's objects (see {@link ServerResources}). */
    @PostConstruct
    void lookUp() {
        dataSource = ServerResources.require(DATA_SOURCE, DataSource.class);
    }

    @Produces
    @EspDataSource
    DataSource dataSource() {
        return dataSource;
    }
}
