package se.esp.adapter.persistence.storage;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider every stored document is written and read with, looked up once: {@code jakarta.json.Json.create…}
 * looks the provider up through the service loader on every call, which made reading the catalogue's 100 000
 * documents at start several times slower and was an eighth of a submission's processor time in the load
 * benchmark's recording (the architecture test refuses {@code jakarta.json.Json} in main code).
 */
public final class JsonDocuments {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonDocuments() {
    }
}
