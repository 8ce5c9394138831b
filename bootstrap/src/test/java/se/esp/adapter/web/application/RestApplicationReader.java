package se.esp.adapter.web.application;

import se.esp.application.port.in.application.SubmitApplicationCommand;

/** Test access to the REST API's reader of {@code POST /api/applications}, to compare it with the queue's. */
public final class RestApplicationReader {

    private RestApplicationReader() {
    }

    public static SubmitApplicationCommand read(String body, String idempotencyKey) {
        return ApplicationRequests.submission(body, idempotencyKey);
    }
}
