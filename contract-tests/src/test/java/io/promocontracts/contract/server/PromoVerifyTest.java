package io.promocontracts.contract.server;

import io.promocontracts.specs.SpecCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromoVerifyTest {

    @Test
    void theOptionsBecomeTheSuitesSettings(@TempDir Path specs) {
        PromoVerify.Options options = PromoVerify.Options.parse(new String[] {"http://127.0.0.1:8080/", "--specs", specs.toString(),
                "--report-dir=out", "--timeout", "60", "--apis", "flex", "--flex-keys", "a,b,c", "--name", "staging"});

        assertThat(options.url).isEqualTo("http://127.0.0.1:8080");
        assertThat(options.reportDir).isEqualTo(Path.of("out"));
        assertThat(options.timeout).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.settings).containsEntry("contract.server.url", "http://127.0.0.1:8080")
                .containsEntry(SpecCatalog.FOLDER, specs.toAbsolutePath().toString())
                .containsEntry("contract.apis", "flex").containsEntry("flex.keys", "a,b,c")
                .containsEntry("contract.server.name", "staging");
    }

    @Test
    void helpIsAskedFor() {
        assertThat(PromoVerify.Options.parse(new String[] {"--help"})).isNull();
        assertThat(PromoVerify.run(new String[] {"--help"})).isEqualTo(PromoVerify.PASSED);
    }

    @Test
    void aWrongCommandLineIsAUsageErrorThatSaysWhy() {
        assertThatThrownBy(() -> PromoVerify.Options.parse(new String[] {})).hasMessageContaining("BASE_URL is missing");
        assertThatThrownBy(() -> PromoVerify.Options.parse(new String[] {"localhost:8080"})).hasMessageContaining("http://");
        assertThatThrownBy(() -> PromoVerify.Options.parse(new String[] {"http://a", "--timeout", "0"}))
                .hasMessageContaining("--timeout takes a whole number of seconds");
        assertThatThrownBy(() -> PromoVerify.Options.parse(new String[] {"http://a", "--specs", "/no/such/folder"}))
                .hasMessageContaining("no such folder");
        assertThatThrownBy(() -> PromoVerify.Options.parse(new String[] {"http://a", "--colour"})).hasMessageContaining("unknown option --colour");
        assertThat(PromoVerify.run(new String[] {"http://a", "http://b"})).isEqualTo(PromoVerify.USAGE);
    }
}
