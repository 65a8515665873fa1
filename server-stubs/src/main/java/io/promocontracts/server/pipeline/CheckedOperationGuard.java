package io.promocontracts.server.pipeline;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The last check before a controller runs, made on the handler the dispatcher actually chose: it
 * runs only for a request the {@link RequestPipeline} authenticated and checked against that very
 * operation. The generated interfaces name each handler method after its {@code operationId}, so
 * the two are compared directly. Should the pipeline and the dispatcher ever read a path
 * differently, the request is refused here instead of reaching a controller unchecked.
 */
class CheckedOperationGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || method.getBeanType().isAnnotationPresent(WithoutCaller.class)) {
            return true;
        }
        boolean checked = CheckedRequest.of(request)
                .map(checkedRequest -> method.getMethod().getName().equals(checkedRequest.operation().operationId()))
                .orElse(false);
        if (!checked) {
            throw new ApiException(Failure.NOT_FOUND, "No such endpoint: " + request.getMethod() + " " + request.getRequestURI());
        }
        return true;
    }
}
