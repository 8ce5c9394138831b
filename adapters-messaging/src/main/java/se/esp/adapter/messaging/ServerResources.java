package se.esp.adapter.messaging;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The broker's objects the server configuration binds in JNDI, looked up by the WAR's names
 * ({@code jms/espConnectionFactory}, …) behind the server's prefix for server-wide names: none on Open Liberty, whose
 * configuration binds them under exactly these names; {@code java:/} on WildFly, where a name without {@code java:}
 * would mean the application's own {@code java:comp/env}. The prefix is the system property {@value #PREFIX} or the
 * environment variable {@code ESP_JNDI_PREFIX} (WildFly's {@code esp.cli} sets the property).
 */
public final class ServerResources {

    public static final String PREFIX = "esp.jndi.prefix";

    private ServerResources() {
    }

    /** The server's JNDI name for one of the WAR's names. */
    public static String jndiName(String name) {
        String prefix = System.getProperty(PREFIX, System.getenv().getOrDefault("ESP_JNDI_PREFIX", ""));
        return prefix + name;
    }

    /** What the server binds under the name, or null when nothing is (the caller says what that means). */
    public static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(jndiName(name)));
        } catch (NamingException e) {
            return null;
        }
    }

    /** What the server binds under the name; a missing one is a configuration error. */
    public static <T> T require(String name, Class<T> type) {
        T found = lookup(name, type);
        if (found == null) {
            throw new IllegalStateException("the server binds nothing under " + jndiName(name)
                    + " (see the server configuration in bootstrap)");
        }
        return found;
    }
}
