package io.promocontracts.server.auth;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.web.ErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Answers 401 unless the request carries a known key of the API; otherwise records the caller. */
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
