package io.promocontracts.server.container;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * After an answer given without reading the request's body (a 401 to a client still sending, a
 * 413), reads what of the body has already arrived, for at most {@value #DRAIN_MILLIS} ms, and closes
 * the connection if more is still to come. Tomcat would otherwise read and discard the rest before
 * the worker is free, for as long as the client takes to send it: a client sending one byte every
 * few seconds would hold a worker for minutes, without a key. A client that has sent its whole body
 * keeps its connection; the rest are closed, as Tomcat does for an aborted upload.
 */
final class UnreadBodyValve extends ValveBase {

    private static final long DRAIN_MILLIS = 50;
    private static final int DRAIN_LIMIT = 1024 * 1024;

    UnreadBodyValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (!request.isAsync() && !fullyRead(request) && !drained(request)) {
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }

    private static boolean fullyRead(Request request) {
        AtomicBoolean fullyRead = new AtomicBoolean(true);
        request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, fullyRead);
        return fullyRead.get();
    }

    /** Reads what has arrived, without waiting for more than a moment; whether the body is then all read. */
    private static boolean drained(Request request) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS);
        byte[] buffer = new byte[8192];
        int total = 0;
        InputStream in;
        try {
            in = request.getInputStream();
        } catch (IllegalStateException readAsText) {
            return false;
        }
        // Asks for what has arrived only while the body is not all read: past its end, the bytes
        // buffered are the next request's.
        try {
            while (!fullyRead(request) && total < DRAIN_LIMIT && System.nanoTime() < deadline) {
                request.getCoyoteRequest().action(ActionCode.AVAILABLE, Boolean.TRUE);
                if (request.getCoyoteRequest().getAvailable() <= 0) {
                    sleep();
                    continue;
                }
                int read = in.read(buffer);
                if (read < 0) {
                    return true;
                }
                total += read;
            }
        } catch (IOException closedByTheApplication) {
            // A body the answer's own code closed unread (a GET with a body): the connection is
            // closed instead, and nothing is logged, since nothing went wrong but the client's request.
            return false;
        }
        return fullyRead(request);
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
