package se.esp.bootstrap.e2e.probe;

import java.io.IOException;
import java.io.StringReader;
import java.util.Enumeration;
import java.util.Map;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test code, deployed only into the end-to-end tests' server beside {@link EventProbeServlet}: another system's side
 * of the inbound applications queue, on the server's own messaging engine (which has no client outside a Liberty
 * server).
 *
 * <ul>
 *   <li>{@code POST /applications} with {@code {"body": "…", "properties": {"authorization": "Bearer …", …}}} sends
 *       a text message to {@code jms/espApplicationsIn} with a temporary reply queue, waits up to
 *       {@code awaitReplyMillis} for the reply and answers {@code {"messageId": …, "reply": {…} or null}}.</li>
 *   <li>{@code POST /applications/batch} with {@code [{"body": …, "properties": {…}}, …]} sends each as a text
 *       message without a reply queue, in one session, and answers {@code {"sent": n}} (the load benchmark's
 *       batch from a case-management system).</li>
 *   <li>{@code GET /dead-letters?waitMillis=…} takes what waits on {@code jms/espApplicationsDeadLetter}:
 *       {@code [{"body": …, "properties": {…}}]}.</li>
 * </ul>
 */
@WebServlet({"/applications", "/applications/batch", "/dead-letters"})
public class ApplicationsInProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private transient ConnectionFactory connectionFactory;
    private transient Queue applicationsIn;
    private transient Queue deadLetters;

    /** The platform's names, behind the server's prefix (see adapters-messaging ServerResources). */
    @Override
    public void init() throws ServletException {
        connectionFactory = lookup("jms/espConnectionFactory", ConnectionFactory.class);
        applicationsIn = lookup("jms/espApplicationsIn", Queue.class);
        deadLetters = lookup("jms/espApplicationsDeadLetter", Queue.class);
    }

    private static <T> T lookup(String name, Class<T> type) throws ServletException {
        String prefix = System.getProperty("esp.jndi.prefix", System.getenv().getOrDefault("ESP_JNDI_PREFIX", ""));
        try {
            return type.cast(new javax.naming.InitialContext().lookup(prefix + name));
        } catch (javax.naming.NamingException e) {
            throw new ServletException("nothing bound under " + prefix + name, e);
        }
    }


    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String posted = new String(request.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (request.getServletPath().endsWith("/batch")) {
            sendAll(Json.createReader(new StringReader(posted)).readArray(), response);
            return;
        }
        JsonObject command = Json.createReader(new StringReader(posted)).readObject();
        long awaitMillis = Long.parseLong(request.getParameter("awaitReplyMillis") == null ? "30000"
                : request.getParameter("awaitReplyMillis"));
        JsonObjectBuilder result = Json.createObjectBuilder();
        try (JMSContext context = connectionFactory.createContext()) {
            TemporaryQueue replies = context.createTemporaryQueue();
            TextMessage message = context.createTextMessage(command.getString("body"));
            message.setJMSReplyTo(replies);
            for (Map.Entry<String, JsonValue> property : command.getJsonObject("properties").entrySet()) {
                message.setStringProperty(property.getKey(), ((JsonString) property.getValue()).getString());
            }
            context.createProducer().send(applicationsIn, message);
            result.add("messageId", message.getJMSMessageID());
            try (JMSConsumer consumer = context.createConsumer(replies)) {
                Message reply = consumer.receive(Math.max(1, awaitMillis));
                if (reply == null) {
                    result.addNull("reply");
                } else {
                    result.add("correlationId", reply.getJMSCorrelationID());
                    result.add("reply", Json.createReader(new StringReader(((TextMessage) reply).getText()))
                            .readObject());
                }
            }
        } catch (JMSException e) {
            throw new IOException(e);
        }
        write(response, result.build().toString());
    }

    private void sendAll(JsonArray commands, HttpServletResponse response) throws IOException {
        try (JMSContext context = connectionFactory.createContext()) {
            var producer = context.createProducer();
            for (JsonObject command : commands.getValuesAs(JsonObject.class)) {
                TextMessage message = context.createTextMessage(command.getString("body"));
                for (Map.Entry<String, JsonValue> property : command.getJsonObject("properties").entrySet()) {
                    message.setStringProperty(property.getKey(), ((JsonString) property.getValue()).getString());
                }
                producer.send(applicationsIn, message);
            }
        } catch (JMSException e) {
            throw new IOException(e);
        }
        write(response, Json.createObjectBuilder().add("sent", commands.size()).build().toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long waitMillis = Long.parseLong(request.getParameter("waitMillis") == null ? "0"
                : request.getParameter("waitMillis"));
        var messages = Json.createArrayBuilder();
        try (JMSContext context = connectionFactory.createContext();
             JMSConsumer consumer = context.createConsumer(deadLetters)) {
            Message message = consumer.receive(Math.max(1, waitMillis));
            while (message != null) {
                JsonObjectBuilder properties = Json.createObjectBuilder();
                for (Enumeration<?> names = message.getPropertyNames(); names.hasMoreElements(); ) {
                    String name = (String) names.nextElement();
                    properties.add(name, String.valueOf(message.getObjectProperty(name)));
                }
                messages.add(Json.createObjectBuilder().add("body", ((TextMessage) message).getText())
                        .add("properties", properties));
                message = consumer.receive(200);
            }
        } catch (JMSException e) {
            throw new IOException(e);
        }
        write(response, messages.build().toString());
    }

    private static void write(HttpServletResponse response, String json) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
