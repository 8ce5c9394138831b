package se.esp.adapter.messaging.inbound;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import se.esp.adapter.messaging.BrokerConnection;

/**
 * Inside a Jakarta EE server: the inbound applications queue ({@value #APPLICATIONS_IN}) and its dead-letter queue
 * ({@value #APPLICATIONS_DEAD_LETTER}) on the server's connection factory, whichever broker the server configuration
 * puts behind them. Bootstrap runs the {@link JmsApplicationConsumer} this makes on a managed thread.
 */
@ApplicationScoped
public class ServerApplicationsChannel {

    public static final String APPLICATIONS_IN = "jms/espApplicationsIn";
    public static final String APPLICATIONS_DEAD_LETTER = "jms/espApplicationsDeadLetter";

    @Resource(lookup = BrokerConnection.CONNECTION_FACTORY)
    private ConnectionFactory connectionFactory;

    @Resource(lookup = APPLICATIONS_IN)
    private Queue applicationsIn;

    @Resource(lookup = APPLICATIONS_DEAD_LETTER)
    private Queue deadLetters;

    public JmsApplicationConsumer consumer(InboundApplicationHandler handler, InboundMetrics metrics,
                                           JmsApplicationConsumer.Settings settings) {
        return new JmsApplicationConsumer(connectionFactory, applicationsIn, deadLetters, handler, metrics, settings);
    }
}
