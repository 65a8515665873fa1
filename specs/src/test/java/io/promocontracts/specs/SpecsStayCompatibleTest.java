package io.promocontracts.specs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each spec against its released version in {@code released/} (refreshed by {@code release.sh}):
 * writes a readable change report and the changes as GitHub Actions annotations (printed too), and
 * fails on a breaking change that neither raises the major version nor is accepted, with its
 * reason, in {@code compatibility-ignore.yaml}.
 */
class SpecsStayCompatibleTest {

    private static final Path REPORTS = Path.of("target", "compatibility");
    /** The findings accepted on purpose, each with its reason. */
    private static final Path IGNORES = Path.of("compatibility-ignore.yaml");

    @ParameterizedTest
    @MethodSource("io.promocontracts.specs.SpecCatalog#apis")
    void editSinceTheReleaseBreaksNoClient(ApiSpec spec) throws IOException {
        String relative = spec.resource().substring("openapi/".length());
        Compatibility compatibility = Compatibility.between(Files.readString(Path.of("released", relative)), spec.text(),
                relative, CompatibilityIgnores.read(IGNORES));

        Path report = REPORTS.resolve(relative.replace(".yaml", ".md"));
        Files.createDirectories(report.getParent());
        Files.writeString(report, compatibility.report(relative));
        List<String> annotations = compatibility.annotations("specs/" + relative, spec.text());
        annotations.forEach(System.out::println);
        Files.write(REPORTS.resolve(relative.replace(".yaml", ".annotations.txt")), annotations);

        assertThat(compatibility.isAcceptable())
                .as("%s has a breaking change since its release (see %s); raise the major info.version to accept it",
                        relative, report.toAbsolutePath())
                .isTrue();
    }
}
