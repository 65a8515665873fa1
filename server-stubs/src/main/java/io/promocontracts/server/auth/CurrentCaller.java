package io.promocontracts.server.auth;

import io.promocontracts.server.common.Caller;
import jakarta.servlet.ServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The caller of the request being handled. The generated interfaces take only the body, so the
 * caller established by {@link AuthenticationFilter} travels as a request attribute.
 */
@Component
public class CurrentCaller {

    private static final String ATTRIBUTE = CurrentCaller.class.getName();

    static void set(ServletRequest request, Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }

    public Caller get() {
        Object caller = RequestContextHolder.currentRequestAttributes().getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller: is the request outside the API paths?");
        }
        return (Caller) caller;
    }
}
