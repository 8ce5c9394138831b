package se.esp.adapter.messaging;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;

/** The connection to the message broker, as configured in the server under {@value #CONNECTION_FACTORY}. */
@ApplicationScoped
public class BrokerConnection {

    public static final String CONNECTION_FACTORY = "jms/espConnectionFactory";

    private ConnectionFactory connectionFactory;

    protected BrokerConnection() {
    }

    @PostConstruct
    void lookUp() {
        connectionFactory = ServerResources.lookup(CONNECTION_FACTORY, ConnectionFactory.class);
    }

    /** For use outside a container. */
    public BrokerConnection(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    /** Empty when the broker accepts a connection; otherwise why not. */
    public Optional<String> problem() {
        if (connectionFactory == null) {
            return Optional.of("no connection factory is configured under "
                    + ServerResources.jndiName(CONNECTION_FACTORY));
        }
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer();
            return Optional.empty();
        } catch (JMSRuntimeException e) {
            return Optional.of("the broker refuses connections: " + e.getMessage());
        }
    }
}
