package io.promocontracts.server.errors;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report for what its connector refuses before any filter or servlet runs (an
 * encoded slash, backslash or NUL in the path): in the vendor's error shape, never Tomcat's HTML
 * page. Tomcat creates it by class name, so it holds no Spring bean.
 */
public class VendorErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        ApiException failure = new ApiException(Failure.forStatus(status), "The request could not be processed (" + status + ").");
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(ErrorBodies.of(Api.forPath(request.getRequestURI()), failure)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already on its way: nothing more to tell it.
        }
    }
}
