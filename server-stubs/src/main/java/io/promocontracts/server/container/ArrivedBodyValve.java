package io.promocontracts.server.container;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import java.io.IOException;

/**
 * Marks a request whose whole body has already arrived with its headers (nearly every one), so that
 * {@link BodyReader} reads it at once; any other body is read as it arrives, without a worker. Only
 * the container knows how many bytes it holds: the servlet API says at most whether one is there.
 */
public final class ArrivedBodyValve extends ValveBase {

    /** Request attribute: present when the body's bytes are all in the container's buffer. */
    public static final String ARRIVED = ArrivedBodyValve.class.getName() + ".arrived";

    ArrivedBodyValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > 0) {
            request.getCoyoteRequest().action(ActionCode.AVAILABLE, Boolean.FALSE);
            if (request.getCoyoteRequest().getAvailable() >= length) {
                request.setAttribute(ARRIVED, Boolean.TRUE);
            }
        }
        getNext().invoke(request, response);
    }
}
