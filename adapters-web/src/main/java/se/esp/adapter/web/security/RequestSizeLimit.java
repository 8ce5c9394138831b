package se.esp.adapter.web.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses request bodies larger than {@value #MAX_BYTES} bytes with 413 (problem+json through the usual
 * mapper): at once when {@code Content-Length} says so, or as soon as a chunked body goes past the limit while
 * being read. No API request needs more; a larger body is a mistake or an attempt to exhaust the server.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimit implements ContainerRequestFilter {

    /** 256 KiB: far above the largest legitimate request (a packaging with all its languages). */
    public static final long MAX_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (declaredLength(request) > MAX_BYTES) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream()));
        }
    }

    /**
     * What the client says the body's length is, or -1. Read leniently (a runtime may hand the header over
     * repeated or joined); whatever this cannot tell, the counting stream catches while the body is read.
     */
    private static long declaredLength(ContainerRequestContext request) {
        long length = request.getLength();
        String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (header != null) {
            for (String part : header.split(",")) {
                try {
                    length = Math.max(length, Long.parseLong(part.strip()));
                } catch (NumberFormatException e) {
                    // not a length: left to the counting stream
                }
            }
        }
        return length;
    }

    static WebApplicationException tooLarge() {
        return new WebApplicationException("the request body is larger than " + MAX_BYTES + " bytes",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    /** Counts what is read and refuses to go past the limit. */
    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
