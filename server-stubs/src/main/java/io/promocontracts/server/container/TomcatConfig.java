package io.promocontracts.server.container;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Tomcat as the APIs need it. It tells which bodies have arrived whole with their headers
 * ({@link ArrivedBodyValve}) and closes a connection whose body the answer did not need and that
 * is still arriving ({@link UnreadBodyValve}). It lets TRACE through to the application, which
 * answers it 405 with the path's own {@code Allow} (the request pipeline for the APIs' paths, the
 * {@link TraceRefusingDispatcherServlet} for the others); the connector's own refusal would list
 * methods the path does not have.
 */
@Configuration(proxyBeanMethods = false)
public class TomcatConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> unreadBodies() {
        return factory -> factory.addContextValves(new ArrivedBodyValve(), new UnreadBodyValve());
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> traceToTheApplication() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
    }

    /** Replaces the dispatcher Spring Boot would register, under the name it looks for. */
    @Bean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
    DispatcherServlet dispatcherServlet() {
        return new TraceRefusingDispatcherServlet();
    }
}
