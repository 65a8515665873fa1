package io.promocontracts.server.errors;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.errors.ErrorWriter;
import io.promocontracts.server.pipeline.WithoutCaller;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * Replaces Spring Boot's default error page: what the servlet container rejects before any
 * handler runs (a malformed request line, say) is answered in the vendor's shape too.
 */
@RestController
@WithoutCaller
public class ContainerErrorController implements ErrorController {

    private final ErrorWriter errors;

    public ContainerErrorController(ErrorWriter errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Without a forwarded status the client asked for the error path itself, which is no endpoint.
        int code = status instanceof Integer value ? value : 404;
        errors.write(request, response, ApiException.fromContainer(code));
    }
}
