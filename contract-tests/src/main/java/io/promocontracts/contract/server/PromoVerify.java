package io.promocontracts.contract.server;

import io.promocontracts.contract.Exchange;
import io.promocontracts.contract.coverage.CoverageReport;
import io.promocontracts.specs.SpecCatalog;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * {@code bin/promo-verify}: the contract suite ({@link ContractSuite}) against a running server,
 * from the command line, with nothing but a Java runtime. It turns its options into the settings the
 * suite reads, runs the suite through the JUnit Platform's launcher, writes the JUnit XML, the
 * failures and the contract coverage into the report folder, prints each failure whole, and exits
 * {@value #PASSED} when every case passed, {@value #FAILED} when any failed or the run ran out of time,
 * {@value #USAGE} on a usage error.
 */
public final class PromoVerify {

    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String HELP = """
            Usage: promo-verify [options] BASE_URL

            Runs the contract suite of the specs against the server at BASE_URL, over HTTP only: every
            operation's documented examples, stored and read back; its documented errors (401 for a key
            nobody has, 404 across tenants and modes, 409 for a taken code, 400 naming a missing member);
            its paging; and the cases generated from the specs' schemas, each object read back and listed.
            Every object it creates has a code starting PCV; it changes only objects it created.

            Options:
              --specs DIR            verify against the specs in DIR, laid out as this project's specs/
                                     (DIR/flex/promo-codes.yaml, DIR/flowglad/discounts.yaml): the examples,
                                     generated cases and documented statuses come from those. Default: the
                                     specs released with this verifier.
              --report-dir DIR       where the JUnit XML (TEST-*.xml), failures.txt, the generated cases and
                                     the contract coverage (contract-coverage/coverage.md) go.
                                     Default: ./promo-verify-report
              --timeout SECONDS      the whole run's limit (default 300): no request is sent after it
              --answer-timeout SECONDS
                                     each request's limit for its whole answer, body included (default 30)
              --apis LIST            the APIs to verify, comma-separated (default: flex,flowglad)
              --flex-keys KEYS       three keys, comma-separated: a test key of a tenant, a test key of
              --flowglad-keys KEYS   another tenant, a live key of the first. Default: FLEX_KEYS and
                                     FLOWGLAD_KEYS from the environment, else the demo keys of this
                                     project's server
              --flex-url URL         an API served elsewhere than BASE_URL (or FLEX_URL, FLOWGLAD_URL)
              --flowglad-url URL
              --name NAME            what the reports call this server (default: running-server)
              --help                 this text

            Exit codes: 0 every case passed; 1 a case failed (each is printed with its request and answer),
            the server could not be reached, or the time limit ran out; 2 a usage error.
            JVM options go in JAVA_OPTS; JAVA_HOME (else java on the PATH) names the Java 17+ runtime.
            """;

    private PromoVerify() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException usage) {
            System.err.println("promo-verify: " + usage.getMessage() + "\n\n" + HELP);
            return USAGE;
        }
        if (options == null) {
            System.out.print(HELP);
            return PASSED;
        }
        try {
            return verify(options);
        } catch (IOException e) {
            System.err.println("promo-verify: " + e.getMessage());
            return FAILED;
        }
    }

    private static int verify(Options options) throws IOException {
        Path reports = options.reportDir.toAbsolutePath();
        Files.createDirectories(reports);
        try (Stream<Path> old = Files.list(reports)) {
            for (Path file : old.filter(PromoVerify::ownReport).toList()) {
                Files.delete(file);
            }
        }
        Path coverage = reports.resolve("contract-coverage");
        deleteTree(coverage);
        options.settings.put("contract.reportDir", reports.toString());
        options.settings.put("coverage.dir", coverage.toString());
        options.settings.put("cases.dir", reports.resolve("generated-cases").toString());
        options.settings.put("coverage.enforce", "false");
        options.settings.forEach(System::setProperty);

        Instant end = Instant.now().plus(options.timeout);
        Exchange.endRunAt(end);
        Thread watchdog = watchdog(options.timeout);
        System.out.println("promo-verify: " + options.url + ", specs " + (options.settings.containsKey(SpecCatalog.FOLDER)
                ? options.settings.get(SpecCatalog.FOLDER) : "as released") + ", at most " + options.timeout.toSeconds() + " s");

        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(ContractSuite.class)).build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, summary, new LegacyXmlReportGeneratingListener(reports,
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
        watchdog.interrupt();
        TestExecutionSummary result = summary.getSummary();

        try {
            CoverageReport.main(new String[] {reports.resolve("no-pacts").toString(), options.allowList.toString()});
        } catch (Exception unwritten) {
            System.err.println("promo-verify: the contract coverage was not written: " + unwritten);
        }
        Path failures = FailureLog.file();
        if (Files.isRegularFile(failures)) {
            System.out.print(Files.readString(failures));
        }
        result.getFailures().stream().filter(failure -> !failure.getTestIdentifier().isTest())
                .forEach(failure -> System.out.println("FAILED before any case: " + failure.getException()));
        long cases = result.getTestsFoundCount();
        long failed = result.getTotalFailureCount();
        boolean late = Instant.now().isAfter(end);
        System.out.println("promo-verify: " + cases + " cases against " + options.url + ", " + failed + " failed"
                + (late ? " (the time limit of " + options.timeout.toSeconds() + " s ran out)" : "")
                + "; JUnit XML in " + reports + ", contract coverage in " + coverage.resolve("coverage.md"));
        return failed == 0 && cases > 0 && !late ? PASSED : FAILED;
    }

    /** A report of an earlier run: the folder holds this run's only. */
    private static boolean ownReport(Path file) {
        String name = file.getFileName().toString();
        return (name.startsWith("TEST-") && name.endsWith(".xml")) || name.equals("failures.txt");
    }

    /**
     * The requests end at the time limit ({@link Exchange#endRunAt}); should anything else hold the
     * run, the process ends a little after it all the same, failed.
     */
    private static Thread watchdog(Duration timeout) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(timeout.plusSeconds(30).toMillis());
                System.err.println("promo-verify: still running 30 s after the time limit of " + timeout.toSeconds() + " s; stopped");
                Runtime.getRuntime().halt(FAILED);
            } catch (InterruptedException ended) {
                Thread.currentThread().interrupt();
            }
        }, "promo-verify-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path path : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The command line, as the settings the suite reads (system properties) and what the run itself needs. */
    static final class Options {

        private static final Set<String> OPTIONS = Set.of("--specs", "--report-dir", "--timeout", "--answer-timeout", "--apis",
                "--flex-keys", "--flowglad-keys", "--flex-url", "--flowglad-url", "--name");

        final Map<String, String> settings = new LinkedHashMap<>();
        String url;
        Path reportDir = Path.of("promo-verify-report");
        Duration timeout = Duration.ofSeconds(300);
        Path allowList = Path.of(System.getProperty("verify.allowList", "coverage-allow-list.yaml"));

        /** The options, or null when help was asked for. */
        static Options parse(String[] args) {
            Options options = new Options();
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    return null;
                }
                if (!arg.startsWith("--")) {
                    rest.add(arg);
                    continue;
                }
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (!OPTIONS.contains(name)) {
                    throw new IllegalArgumentException("unknown option " + name);
                }
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                switch (name) {
                    case "--specs" -> {
                        Path folder = Path.of(value).toAbsolutePath();
                        if (!Files.isDirectory(folder)) {
                            throw new IllegalArgumentException("--specs " + value + ": no such folder");
                        }
                        options.settings.put(SpecCatalog.FOLDER, folder.toString());
                    }
                    case "--report-dir" -> options.reportDir = Path.of(value);
                    case "--timeout" -> options.timeout = Duration.ofSeconds(seconds(name, value));
                    case "--answer-timeout" -> options.settings.put("verify.answer.seconds", String.valueOf(seconds(name, value)));
                    case "--apis" -> options.settings.put("contract.apis", value);
                    case "--flex-keys" -> options.settings.put("flex.keys", value);
                    case "--flowglad-keys" -> options.settings.put("flowglad.keys", value);
                    case "--flex-url" -> options.settings.put("flex.url", value);
                    case "--flowglad-url" -> options.settings.put("flowglad.url", value);
                    case "--name" -> options.settings.put("contract.server.name", value);
                    default -> throw new IllegalStateException(name + " is known but not read");
                }
            }
            if (rest.size() != 1) {
                throw new IllegalArgumentException(rest.isEmpty() ? "BASE_URL is missing" : "one BASE_URL, not " + rest);
            }
            options.url = rest.get(0).replaceAll("/+$", "");
            if (!options.url.matches("https?://.+")) {
                throw new IllegalArgumentException("BASE_URL must start with http:// or https://: " + rest.get(0));
            }
            options.settings.put("contract.server.url", options.url);
            return options;
        }

        private static long seconds(String option, String value) {
            try {
                long seconds = Long.parseLong(value);
                if (seconds > 0) {
                    return seconds;
                }
            } catch (NumberFormatException notANumber) {
                // answered below
            }
            throw new IllegalArgumentException(option + " takes a whole number of seconds above 0: " + value);
        }
    }
}
