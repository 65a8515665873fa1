package io.promocontracts.client;

import io.promocontracts.testkit.TestDatabase;
import io.promocontracts.server.PromoContractsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import java.util.UUID;

/** The real application on a random port over a fresh in-memory H2, started once for all client tests. */
final class LocalServer {

    private static String baseUrl;

    private LocalServer() {
    }

    static synchronized String baseUrl() {
        if (baseUrl == null) {
            WebServerApplicationContext context = (WebServerApplicationContext) new SpringApplicationBuilder(PromoContractsApplication.class)
                    .run("--server.port=0", "--spring.datasource.url=" + TestDatabase.freshH2Url());
            baseUrl = "http://localhost:" + context.getWebServer().getPort();
        }
        return baseUrl;
    }

    static String uniqueCode() {
        return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
