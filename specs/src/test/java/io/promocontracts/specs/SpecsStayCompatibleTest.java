package io.promocontracts.specs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each spec against its released version in {@code released/} (refreshed by {@code release.sh}):
 * writes a readable change report and fails on a breaking change that does not raise the major version.
 */
class SpecsStayCompatibleTest {

    private static final Path REPORTS = Path.of("target", "compatibility");

    @ParameterizedTest
    @EnumSource(ApiSpec.class)
    void editSinceTheReleaseBreaksNoClient(ApiSpec spec) throws IOException {
        String relative = spec.resource().substring("openapi/".length());
        Compatibility compatibility = Compatibility.between(Files.readString(Path.of("released", relative)), spec.text());

        Path report = REPORTS.resolve(relative.replace(".yaml", ".md"));
        Files.createDirectories(report.getParent());
        Files.writeString(report, compatibility.report(relative));

        assertThat(compatibility.isAcceptable())
                .as("%s has a breaking change since its release (see %s); raise the major info.version to accept it",
                        relative, report.toAbsolutePath())
                .isTrue();
    }
}
