package io.promocontracts.server.auth;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.errors.ErrorWriter;
import io.promocontracts.specs.SpecConformance.Route;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Answers 401 to a request for any path of the API's spec unless it carries a known key of the
 * API; otherwise records the caller. A path the spec does not have is left to the 404 answer.
 */
public class AuthenticationFilter extends OncePerRequestFilter {

    private final Api api;
    private final ApiKeys apiKeys;
    private final ErrorWriter errors;

    public AuthenticationFilter(Api api, ApiKeys apiKeys, ErrorWriter errors) {
        this.api = api;
        this.apiKeys = apiKeys;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (api.spec().route(request.getMethod(), request.getRequestURI()) instanceof Route.NoSuchPath) {
            chain.doFilter(request, response);
            return;
        }
        var caller = apiKeys.authenticate(api, request.getHeader(HttpHeaders.AUTHORIZATION));
        if (caller.isEmpty()) {
            errors.write(request, response, new ApiException(Failure.UNAUTHORIZED, unauthorizedMessage()));
            return;
        }
        CurrentCaller.set(request, caller.get());
        chain.doFilter(request, response);
    }

    private String unauthorizedMessage() {
        return api == Api.FLEX ? "Invalid API key provided." : "Invalid API key";
    }
}
