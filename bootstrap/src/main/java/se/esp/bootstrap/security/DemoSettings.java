package se.esp.bootstrap.security;

import java.util.Locale;

/**
 * Whether this is a demo run, read straight from the environment and system properties, because it is needed
 * before MicroProfile Config and CDI are up (by {@link DemoIdentityConfigSource}). Demo identities follow the
 * demo data: on by default with the embedded database, off with MariaDB; {@code ESP_DEMO_IDENTITIES_ENABLED}
 * decides explicitly.
 */
public final class DemoSettings {

    private DemoSettings() {
    }

    public static boolean demoIdentitiesEnabled() {
        String explicit = setting("esp.demo-identities.enabled", "ESP_DEMO_IDENTITIES_ENABLED");
        if (explicit != null) {
            return Boolean.parseBoolean(explicit.strip());
        }
        String demoData = setting("esp.demo-data.enabled", "ESP_DEMO_DATA_ENABLED");
        if (demoData != null) {
            return Boolean.parseBoolean(demoData.strip());
        }
        String kind = setting("esp.db.kind", "ESP_DB_KIND");
        return kind == null || kind.strip().toLowerCase(Locale.ROOT).equals("h2");
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
