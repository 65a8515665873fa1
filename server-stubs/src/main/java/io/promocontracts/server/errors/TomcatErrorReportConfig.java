package io.promocontracts.server.errors;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Has Tomcat answer what its connector refuses with {@link VendorErrorReportValve}. */
@Configuration(proxyBeanMethods = false)
public class TomcatErrorReportConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> vendorErrorReport() {
        return factory -> factory.addContextCustomizers(context ->
                ((StandardHost) context.getParent()).setErrorReportValveClass(VendorErrorReportValve.class.getName()));
    }
}
