package io.promocontracts.server.operations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API reference: {@code /docs} renders both specs with Swagger UI from its webjar (nothing is
 * loaded from the internet), and {@code /specs/...} serves the specs exactly as packaged, e.g.
 * {@code /specs/<api>/<document>.yaml}. Only {@code swagger-initializer.js} is this project's: it
 * names the two specs and sends "try it" requests for the local server to this server.
 */
@Configuration(proxyBeanMethods = false)
public class DocsConfig implements WebMvcConfigurer {

    private final String swaggerUiVersion;

    public DocsConfig(@Value("${promo.docs.swagger-ui-version}") String swaggerUiVersion) {
        this.swaggerUiVersion = swaggerUiVersion;
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/docs", "/docs/");
        registry.addViewController("/docs/").setViewName("forward:/docs/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/docs/**")
                .addResourceLocations("classpath:/docs/", "classpath:/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion + "/");
        registry.addResourceHandler("/specs/**").addResourceLocations("classpath:/openapi/");
    }
}
