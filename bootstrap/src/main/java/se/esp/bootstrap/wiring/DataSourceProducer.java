package se.esp.bootstrap.wiring;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The server's data source {@code jdbc/esp}: the embedded H2 by default, MariaDB by configuration (see
 * server.xml). The JPA adapters reach it through the persistence unit; migrations and health checks here.
 */
@ApplicationScoped
public class DataSourceProducer {

    public static final String DATA_SOURCE = "jdbc/esp";

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Produces
    @EspDataSource
    DataSource dataSource() {
        return dataSource;
    }
}
