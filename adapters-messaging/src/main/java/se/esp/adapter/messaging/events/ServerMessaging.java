package se.esp.adapter.messaging.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Topic;
import se.esp.adapter.messaging.BrokerConnection;
import se.esp.adapter.messaging.ServerResources;
import se.esp.application.port.out.EventPublisher;

/**
 * Inside a Jakarta EE server: the event publisher on the server's connection factory
 * ({@value BrokerConnection#CONNECTION_FACTORY}) and events topic ({@value #EVENTS_TOPIC}), whichever broker the
 * server configuration puts behind them.
 */
@ApplicationScoped
public class ServerMessaging {

    public static final String EVENTS_TOPIC = "jms/espEvents";

    private ConnectionFactory connectionFactory;
    private Topic eventsTopic;

    @PostConstruct
    void lookUp() {
        connectionFactory = ServerResources.require(BrokerConnection.CONNECTION_FACTORY, ConnectionFactory.class);
        eventsTopic = ServerResources.require(EVENTS_TOPIC, Topic.class);
    }

    @Produces
    @ApplicationScoped
    EventPublisher eventPublisher() {
        return new JmsEventPublisher(connectionFactory, eventsTopic);
    }
}
