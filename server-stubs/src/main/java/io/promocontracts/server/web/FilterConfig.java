package io.promocontracts.server.web;

import io.promocontracts.server.auth.ApiKeys;
import io.promocontracts.server.auth.AuthenticationFilter;
import io.promocontracts.server.common.Api;
import io.promocontracts.server.errors.ErrorWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Per API, on every path under its prefix: authenticate first (401), then hold the request against its spec. */
@Configuration(proxyBeanMethods = false)
public class FilterConfig {

    private static final int AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 100;
    private static final int SPEC_VALIDATION = AUTHENTICATION + 1;

    @Bean
    FilterRegistrationBean<AuthenticationFilter> flexAuthentication(ApiKeys keys, ErrorWriter errors) {
        return register(new AuthenticationFilter(Api.FLEX, keys, errors), Api.FLEX, AUTHENTICATION);
    }

    @Bean
    FilterRegistrationBean<AuthenticationFilter> flowgladAuthentication(ApiKeys keys, ErrorWriter errors) {
        return register(new AuthenticationFilter(Api.FLOWGLAD, keys, errors), Api.FLOWGLAD, AUTHENTICATION);
    }

    @Bean
    FilterRegistrationBean<SpecValidationFilter> flexSpecValidation(ErrorWriter errors) {
        return register(new SpecValidationFilter(Api.FLEX.spec(), errors), Api.FLEX, SPEC_VALIDATION);
    }

    @Bean
    FilterRegistrationBean<SpecValidationFilter> flowgladSpecValidation(ErrorWriter errors) {
        return register(new SpecValidationFilter(Api.FLOWGLAD.spec(), errors), Api.FLOWGLAD, SPEC_VALIDATION);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> register(F filter, Api api, int order) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(api.urlPattern());
        registration.setName(api.name().toLowerCase() + "-" + filter.getClass().getSimpleName());
        registration.setOrder(order);
        return registration;
    }
}
