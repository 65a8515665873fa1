package io.promocontracts.contract.server;

import io.promocontracts.contract.coverage.ObservedAnswers;
import io.promocontracts.testkit.ServerProcess;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier as a team runs it: the distribution {@code ./mvnw package} built
 * ({@code target/promo-verify/bin/promo-verify}), in a process of its own, against the packaged
 * server started as the README starts it, on its embedded H2. Every case of {@link ContractSuite}
 * must pass; its JUnit XML and failures are in {@code target/promo-verify-report/}, and what it saw
 * joins this build's contract coverage (the observed answers and the round trip, under the name
 * {@code h2-packaged-server}).
 */
class RunningServerIT {

    private static final Path VERIFIER = Path.of(System.getProperty("verifier", "target/promo-verify/bin/promo-verify"));
    private static final Path REPORTS = Path.of("target", "promo-verify-report");
    /** Fewer cases than this means the suite learnt less from the specs than it did when this was written (951). */
    private static final int AT_LEAST = 800;

    @Test
    void everyCaseOfTheVerifierPassesAgainstThePackagedServer() throws Exception {
        // A fresh database each build: what the cases find is this build's doing.
        Path directory = Path.of("target", "running-server");
        FileSystemUtils.deleteRecursively(directory);
        Files.createDirectories(directory);
        try (ServerProcess server = ServerProcess.start(ServerProcess.LAUNCHER, directory, Map.of(), directory.resolve("server.log"))) {
            Files.createDirectories(REPORTS);
            Path log = REPORTS.resolve("promo-verify.log");
            ProcessBuilder builder = new ProcessBuilder(VERIFIER.toAbsolutePath().toString(), "http://127.0.0.1:" + server.port(),
                    "--report-dir", REPORTS.toAbsolutePath().toString(), "--name", "h2-packaged-server", "--timeout", "120")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process verifier = builder.start();
            assertThat(verifier.waitFor(150, TimeUnit.SECONDS)).as("the verifier ends within its time limit").isTrue();
            String output = Files.readString(log);

            assertThat(verifier.exitValue()).as("the verifier's exit code; its output:\n%s", output).isZero();
            assertThat(casesRun(output)).as("cases run: %s", output.lines().reduce((first, last) -> last).orElse(""))
                    .isGreaterThanOrEqualTo(AT_LEAST);
            try (Stream<Path> xml = Files.list(REPORTS)) {
                assertThat(xml.map(Path::getFileName).map(Path::toString)).anyMatch(name -> name.startsWith("TEST-") && name.endsWith(".xml"));
            }
        }
        joinCoverage(REPORTS.resolve("contract-coverage"));
    }

    private static long casesRun(String output) {
        Matcher summary = Pattern.compile("promo-verify: (\\d+) cases against").matcher(output);
        return summary.find() ? Long.parseLong(summary.group(1)) : 0;
    }

    /** The verifier's observed answers and its round-trip record beside this build's, which the coverage report reads. */
    private static void joinCoverage(Path verifierCoverage) throws IOException {
        Path build = ObservedAnswers.directory();
        Files.createDirectories(build);
        Files.copy(verifierCoverage.resolve("observed.tsv"), build.resolve("observed-h2-packaged-server.tsv"),
                StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> records = Files.list(verifierCoverage)) {
            for (Path record : records.filter(file -> file.getFileName().toString().startsWith("round-trip-")).toList()) {
                Files.copy(record, build.resolve(record.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
