package se.esp.adapter.common.json;

import jakarta.json.spi.JsonProvider;

/** The server's JSON-P implementation, looked up once: the lookup scans the class path and costs far more than a parse. */
final class JsonProviders {

    private static volatile JsonProvider provider;

    private JsonProviders() {
    }

    static JsonProvider provider() {
        JsonProvider found = provider;
        if (found == null) {
            found = JsonProvider.provider();
            provider = found;
        }
        return found;
    }
}
