package io.promocontracts.server.errors;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Has Tomcat answer what its connector refuses with {@link VendorErrorReportValve}. The host adds an
 * error report valve of the class it is told unless its pipeline already holds one, so the
 * instance added here, which holds the application's {@link ErrorWriter}, is the one it uses.
 */
@Configuration(proxyBeanMethods = false)
public class TomcatErrorReportConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> vendorErrorReport(ErrorWriter errors) {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            host.setErrorReportValveClass(VendorErrorReportValve.class.getName());
            host.getPipeline().addValve(new VendorErrorReportValve(errors));
        });
    }
}
