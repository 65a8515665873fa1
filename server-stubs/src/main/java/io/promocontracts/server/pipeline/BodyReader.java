package io.promocontracts.server.pipeline;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.container.ArrivedBodyValve;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a request body of at most {@link #MAX_BYTES} without a worker waiting for it. A body that
 * arrived with the headers (nearly every one, {@link ArrivedBodyValve}) is read at once. Any other
 * is read as its bytes come, by the container's non-blocking I/O: the request is suspended, no
 * thread waits for a slow client, and once the body is whole the request is dispatched again to
 * go on. A body still arriving after its time ({@code promo.limits.body-timeout}) is answered 408
 * and its connection closed.
 */
final class BodyReader {

    /** The documented limit of both APIs. */
    static final int MAX_BYTES = 64 * 1024;

    /** Request attribute: the body read while the request was suspended. */
    private static final String READ = BodyReader.class.getName() + ".read";

    /** What happens once a suspended request's body is read or has failed. */
    interface Outcome {
        /** Writes a failure's answer; the request ends then. */
        void failed(HttpServletRequest request, HttpServletResponse response, ApiException failure) throws IOException;

        /** The request's end, however it ended. */
        void ended();
    }

    private BodyReader() {
    }

    /** @throws ApiException 413 when the body announces more than the limit */
    static void checkAnnouncedLength(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
    }

    /** The whole body if it has already arrived; empty when it is still to come and must be read by {@link #readSuspended}. */
    static Optional<byte[]> arrived(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() == 0) {
            return Optional.of(new byte[0]);
        }
        if (request.getAttribute(ArrivedBodyValve.ARRIVED) == null) {
            return Optional.empty();
        }
        return Optional.of(request.getInputStream().readNBytes((int) request.getContentLengthLong()));
    }

    /** The body a suspended request read, when this is its dispatch after the reading. */
    static Optional<byte[]> readWhileSuspended(HttpServletRequest request) {
        return Optional.ofNullable((byte[]) request.getAttribute(READ));
    }

    /**
     * Suspends the request, reads its body as it arrives and dispatches the request again once it
     * is whole ({@link #readWhileSuspended} then has it); a failure is answered through the outcome.
     */
    static void readSuspended(HttpServletRequest request, HttpServletResponse response, Duration timeout, Outcome outcome)
            throws IOException {
        AsyncContext suspended = request.startAsync(request, response);
        suspended.setTimeout(timeout.toMillis());
        suspended.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) throws IOException {
                outcome.failed(request, response, new ApiException(Failure.REQUEST_TIMEOUT,
                        "The request body did not arrive within " + timeout.toSeconds() + " seconds."));
                suspended.complete();
            }

            @Override
            public void onError(AsyncEvent event) {
                suspended.complete();
            }

            @Override
            public void onComplete(AsyncEvent event) {
                outcome.ended();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // Suspended once only.
            }
        });
        ServletInputStream in = request.getInputStream();
        in.setReadListener(new ReadListener() {
            private final ByteArrayOutputStream body = new ByteArrayOutputStream();
            private final byte[] buffer = new byte[8192];

            @Override
            public void onDataAvailable() throws IOException {
                while (in.isReady()) {
                    int read = in.read(buffer);
                    if (read < 0) {
                        return;
                    }
                    body.write(buffer, 0, read);
                    if (body.size() > MAX_BYTES) {
                        outcome.failed(request, response, tooLarge());
                        suspended.complete();
                        return;
                    }
                }
            }

            @Override
            public void onAllDataRead() {
                if (body.size() <= MAX_BYTES) {
                    request.setAttribute(READ, body.toByteArray());
                    suspended.dispatch();
                }
            }

            @Override
            public void onError(Throwable failure) {
                // The client went away or the connection failed: there is nobody to answer.
                suspended.complete();
            }
        });
    }

    static ApiException tooLarge() {
        return new ApiException(Failure.PAYLOAD_TOO_LARGE, "The request body must not exceed " + MAX_BYTES + " bytes.");
    }
}
