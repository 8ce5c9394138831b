package se.esp.adapter.common.json;

import jakarta.json.spi.JsonProvider;

/**
 * The server's JSON-P implementation, looked up once. {@code jakarta.json.Json.create…} looks the provider up
 * through the service loader on every call, which scans the class path and costs far more than the document it
 * builds: in the load benchmark's recording it was an eighth of a submission's processor time and a fifth of the
 * relay's. The adapters build and read JSON through {@link #JSON} (the architecture test refuses
 * {@code jakarta.json.Json} in main code).
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }

    static JsonProvider provider() {
        return JSON;
    }
}
