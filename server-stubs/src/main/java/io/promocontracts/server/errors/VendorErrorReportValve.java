package io.promocontracts.server.errors;

import io.promocontracts.server.common.ApiException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report for what its connector refuses before any filter or servlet runs (an
 * encoded slash, backslash or NUL in the path): in the API's error shape, through the same
 * {@link ErrorWriter} as every other error, never Tomcat's HTML page.
 */
class VendorErrorReportValve extends ErrorReportValve {

    private final ErrorWriter errors;

    VendorErrorReportValve(ErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            errors.write(request, response, ApiException.fromContainer(status));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already on its way: nothing more to tell it.
        }
    }
}
