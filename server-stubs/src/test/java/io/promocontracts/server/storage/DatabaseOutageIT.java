package io.promocontracts.server.storage;

import io.promocontracts.testkit.ServerProcess;
import io.promocontracts.testkit.DemoKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lost PostgreSQL, as an unlucky operator meets it: while the database is gone every request is
 * answered 503 in the API's shape with {@code Retry-After}, within about a second, and the health
 * check says so; the log says it once, not once per request; when the database is back the same
 * server process serves again, without a restart. Creates under way when it goes are answered by
 * what happened to them, never with a 500.
 */
class DatabaseOutageIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int LOAD_CONNECTIONS = 16;
    private static final String CREATE = "{\"discount\":{\"name\":\"Outage\",\"code\":\"%s\",\"amount\":5,\"amountType\":\"percent\",\"duration\":\"once\"}}";

    @Test
    void aLostDatabaseIsAnswered503AndTheServerRecoversByItself() throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "database-outage", String.valueOf(System.nanoTime())));
        Path data = directory.resolve("postgres");
        Path log = directory.resolve("server.log");
        int port = freePort();
        EmbeddedPostgres postgres = postgres(port, data);
        try (ServerProcess server = ServerProcess.start(ServerProcess.LAUNCHER, directory, Map.of(
                "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", ""), log)) {
            assertThat(create(server, "OUTAGE1").statusCode()).isEqualTo(200);
            assertThat(health(server).statusCode()).isEqualTo(200);

            postgres.close();
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                HttpResponse<String> refused = create(server, "OUTAGE2" + i);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(took).as("answered within about a second").isLessThan(Duration.ofMillis(2500));
            }
            assertThat(health(server).statusCode()).isEqualTo(503);
            assertThat(Files.readString(log)).as("the outage logged once").containsOnlyOnce("The database cannot take requests");

            postgres = postgres(port, data);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline) {
                status = create(server, "OUTAGE3" + System.nanoTime() % 100_000).statusCode();
                Thread.sleep(200);
            }
            assertThat(status).as("a create once the database is back").isEqualTo(200);
            assertThat(health(server).statusCode()).isEqualTo(200);
            assertThat(Files.readString(log)).contains("The database takes requests again.");
        } finally {
            postgres.close();
        }
    }

    /**
     * Creates under way when PostgreSQL goes are answered by what happened to them: 200 only for a
     * create that is stored; 503 saying it was not stored (or that the database cannot be reached,
     * before anything was written) only for one that is not; 503 saying the outcome is unknown
     * otherwise. Never a 500. Checked against the database once it is back.
     */
    @Test
    void createsUnderWayWhenTheDatabaseIsLostAreAnsweredByWhatHappenedToThem() throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "database-outage", "under-load-" + System.nanoTime()));
        Path data = directory.resolve("postgres");
        int port = freePort();
        EmbeddedPostgres postgres = postgres(port, data);
        Map<String, HttpResponse<String>> answers = new ConcurrentHashMap<>();
        // The key's limits are lifted: this load is about the database, not about one key's share.
        try (ServerProcess server = ServerProcess.start(ServerProcess.LAUNCHER, directory, Map.of(
                "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "",
                "PROMO_LIMITS_REQUESTSPERSECOND", "100000", "PROMO_LIMITS_BURST", "100000",
                "PROMO_LIMITS_CONCURRENTREQUESTS", "1000"), directory.resolve("server.log"))) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger counter = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(LOAD_CONNECTIONS);
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < LOAD_CONNECTIONS; i++) {
                loops.add(clients.submit(() -> {
                    while (running.get()) {
                        String code = "LOST" + counter.incrementAndGet();
                        answers.put(code, create(server, code));
                    }
                    return null;
                }));
            }
            Thread.sleep(1_500);
            postgres.close();
            Thread.sleep(1_500);
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();
        } finally {
            postgres.close();
        }

        postgres = postgres(port, data);
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            Map<String, Integer> byOutcome = new TreeMap<>();
            for (var answer : answers.entrySet()) {
                String outcome = outcome(answer.getValue());
                byOutcome.merge(outcome, 1, Integer::sum);
                boolean stored = stored(connection, answer.getKey());
                switch (outcome) {
                    case "200" -> assertThat(stored).as("%s answered 200", answer.getKey()).isTrue();
                    case "503 not stored", "503 unreachable" -> assertThat(stored).as("%s answered %s: %s", answer.getKey(), outcome,
                            answer.getValue().body()).isFalse();
                    case "503 unknown" -> {
                        // Either is right: that is what the answer says.
                    }
                    default -> throw new AssertionError(answer.getKey() + " answered " + answer.getValue().statusCode() + ": "
                            + answer.getValue().body());
                }
            }
            System.out.println("creates under way when PostgreSQL was lost, by answer: " + byOutcome);
            assertThat(byOutcome.get("200")).as("creates before the loss").isPositive();
        } finally {
            postgres.close();
        }
    }

    /** What an answer says happened: "200", or "503" and whether it says the create was stored. */
    private static String outcome(HttpResponse<String> answer) {
        if (answer.statusCode() == 200) {
            return "200";
        }
        if (answer.statusCode() != 503 || answer.headers().firstValue("Retry-After").isEmpty()) {
            return answer.statusCode() + " " + answer.body();
        }
        if (answer.body().contains("whether it was stored is unknown")) {
            return "503 unknown";
        }
        if (answer.body().contains("it was not stored")) {
            return "503 not stored";
        }
        return answer.body().contains("cannot reach its database") ? "503 unreachable" : "503 " + answer.body();
    }

    private static boolean stored(Connection connection, String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM flowglad_discount WHERE code = ?")) {
            query.setString(1, code.toUpperCase(Locale.ROOT));
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** PostgreSQL on a fixed port and data directory, so that a second start is the same database. */
    private static EmbeddedPostgres postgres(int port, Path data) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("synchronous_commit", "on").start();
    }

    private static HttpResponse<String> create(ServerProcess server, String code) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/v1/discounts"))
                .header("Authorization", DemoKeys.FLOWGLAD_ACME_TEST).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(CREATE.formatted(code))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> health(ServerProcess server) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/health"))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
