package io.promocontracts.server.storage;

import io.promocontracts.server.ApiClient;
import io.promocontracts.testkit.DemoKeys;
import io.promocontracts.server.PromoContractsApplication;
import io.promocontracts.server.flex.FlexPromoCodesTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data in a file: what was created before a restart is still there after it. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestart() {
        String code = FlexPromoCodesTest.uniqueCode();

        try (ConfigurableApplicationContext first = start()) {
            assertThat(client(first).createPromoCode(DemoKeys.FLEX_ACME_TEST, FlexPromoCodesTest.request("fcoup_1234567890", code))
                    .status()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(client(second).createPromoCode(DemoKeys.FLEX_ACME_TEST, FlexPromoCodesTest.request("fcoup_1234567890", code))
                    .status()).as("the code created before the restart is taken").isEqualTo(409);
        }
    }

    /** The application as packaged, with only the database file moved to a temporary directory. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PromoContractsApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("promo-contracts")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        return new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
