package io.promocontracts.server.pipeline;

import io.promocontracts.server.auth.ApiKeys;
import io.promocontracts.server.common.Apis;
import io.promocontracts.server.errors.ErrorWriter;
import io.promocontracts.server.limits.CallerLimits;
import io.promocontracts.server.storage.DatabaseOutage;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The request pipeline in front of every path, its guard in front of every controller, and the
 * binding of request bodies from what the pipeline checked.
 */
@Configuration(proxyBeanMethods = false)
public class PipelineConfig implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<RequestPipeline> requestPipeline(Apis apis, ApiKeys keys, CallerLimits limits, ErrorWriter errors,
                                                            DatabaseOutage outage) {
        FilterRegistrationBean<RequestPipeline> registration = new FilterRegistrationBean<>(
                new RequestPipeline(apis, keys, limits, errors, outage));
        registration.addUrlPatterns("/*");
        // ASYNC: a request suspended while its body arrived comes back through the pipeline.
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CheckedOperationGuard());
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.addCustomConverter(new CheckedBodyConverter());
    }
}
