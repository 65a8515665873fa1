package io.promocontracts.server.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat closes a connection whose body the answer did not need and that is still arriving ({@link UnreadBodyValve}). */
@Configuration(proxyBeanMethods = false)
public class TomcatConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> unreadBodies() {
        return factory -> factory.addContextValves(new UnreadBodyValve());
    }
}
