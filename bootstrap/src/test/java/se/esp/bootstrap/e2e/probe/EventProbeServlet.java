package se.esp.bootstrap.e2e.probe;

import java.io.IOException;
import java.util.Enumeration;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test code, deployed only into the end-to-end tests' server (see {@code LibertyServer#withEventProbe}): a
 * subscriber to the events topic on the server's own messaging engine, which has no client outside a Liberty
 * server. The first request creates a shared durable subscription, which keeps every event published from then
 * on; each request returns (and consumes) what waits in it, as JSON: {@code [{"body": …, "properties": {…}}]}.
 */
@WebServlet("/events")
public class EventProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private transient ConnectionFactory connectionFactory;
    private transient Topic topic;

    /** The platform's names, behind the server's prefix (see adapters-messaging ServerResources). */
    @Override
    public void init() throws ServletException {
        connectionFactory = lookup("jms/espConnectionFactory", ConnectionFactory.class);
        topic = lookup("jms/espEvents", Topic.class);
    }

    private static <T> T lookup(String name, Class<T> type) throws ServletException {
        String prefix = System.getProperty("esp.jndi.prefix", System.getenv().getOrDefault("ESP_JNDI_PREFIX", ""));
        try {
            return type.cast(new javax.naming.InitialContext().lookup(prefix + name));
        } catch (javax.naming.NamingException e) {
            throw new ServletException("nothing bound under " + prefix + name, e);
        }
    }

    private static final String SUBSCRIPTION = "esp-e2e-probe";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long waitMillis = Long.parseLong(request.getParameter("waitMillis") == null ? "0"
                : request.getParameter("waitMillis"));
        JsonArrayBuilder messages = Json.createArrayBuilder();
        try (JMSContext context = connectionFactory.createContext();
             JMSConsumer consumer = context.createSharedDurableConsumer(topic, SUBSCRIPTION)) {
            Message message = consumer.receive(Math.max(1, waitMillis));
            // at most 500 an answer, so a long backlog never outlasts the client's timeout (a message is taken
            // from the subscription when read; one whose answer never arrived would look lost)
            for (int read = 0; message != null; read++) {
                messages.add(json(message));
                message = read < 499 ? consumer.receiveNoWait() : null;
            }
        } catch (JMSException e) {
            throw new IOException(e);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(messages.build().toString());
    }

    private static JsonObjectBuilder json(Message message) throws JMSException {
        JsonObjectBuilder properties = Json.createObjectBuilder();
        for (Enumeration<?> names = message.getPropertyNames(); names.hasMoreElements(); ) {
            String name = (String) names.nextElement();
            Object value = message.getObjectProperty(name);
            properties.add(name, String.valueOf(value));
        }
        properties.add("JMSType", String.valueOf(message.getJMSType()));
        return Json.createObjectBuilder()
                .add("body", ((TextMessage) message).getText())
                .add("properties", properties);
    }
}
