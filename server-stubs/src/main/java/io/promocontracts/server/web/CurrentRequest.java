package io.promocontracts.server.web;

import io.promocontracts.server.common.Caller;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The caller of the request being handled, as the request pipeline authenticated it. The generated
 * interfaces take only the body and parameters, so the controllers ask here.
 */
@Component
public class CurrentCaller {

    public Caller get() {
        var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return CheckedRequest.of(request)
                .orElseThrow(() -> new IllegalStateException("a controller ran for a request the pipeline did not check"))
                .caller();
    }
}
