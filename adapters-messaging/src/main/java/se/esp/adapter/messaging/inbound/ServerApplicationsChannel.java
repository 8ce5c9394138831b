package se.esp.adapter.messaging.inbound;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import se.esp.adapter.messaging.BrokerConnection;
import se.esp.adapter.messaging.ServerResources;

/**
 * Inside a Jakarta EE server: the inbound applications queue ({@value #APPLICATIONS_IN}) and its dead-letter queue
 * ({@value #APPLICATIONS_DEAD_LETTER}) on the server's connection factory, whichever broker the server configuration
 * puts behind them. Bootstrap runs the {@link JmsApplicationConsumer} this makes on a managed thread.
 */
@ApplicationScoped
public class ServerApplicationsChannel {

    public static final String APPLICATIONS_IN = "jms/espApplicationsIn";
    public static final String APPLICATIONS_DEAD_LETTER = "jms/espApplicationsDeadLetter";

    private ConnectionFactory connectionFactory;
    private Queue applicationsIn;
    private Queue deadLetters;

    @PostConstruct
    void lookUp() {
        connectionFactory = ServerResources.require(BrokerConnection.CONNECTION_FACTORY, ConnectionFactory.class);
        applicationsIn = ServerResources.require(APPLICATIONS_IN, Queue.class);
        deadLetters = ServerResources.require(APPLICATIONS_DEAD_LETTER, Queue.class);
    }

    public JmsApplicationConsumer consumer(InboundApplicationHandler handler, InboundMetrics metrics,
                                           JmsApplicationConsumer.Settings settings) {
        return new JmsApplicationConsumer(connectionFactory, applicationsIn, deadLetters, handler, metrics, settings);
    }
}
