package io.promocontracts.server.storage;

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
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lost PostgreSQL, as an unlucky operator meets it: while the database is gone every request is
 * answered 503 in the API's shape with {@code Retry-After}, within about a second, and the health
 * check says so; the log says it once, not once per request; when the database is back the same
 * server process serves again, without a restart.
 */
class DatabaseOutageIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("server.launcher", "target/promo-server/bin/promo-server"));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String CREATE = "{\"discount\":{\"name\":\"Outage\",\"code\":\"%s\",\"amount\":5,\"amountType\":\"percent\",\"duration\":\"once\"}}";

    @Test
    void aLostDatabaseIsAnswered503AndTheServerRecoversByItself() throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "database-outage", String.valueOf(System.nanoTime())));
        Path data = directory.resolve("postgres");
        Path log = directory.resolve("server.log");
        int port = freePort();
        EmbeddedPostgres postgres = postgres(port, data);
        try (ServerProcess server = ServerProcess.start(LAUNCHER, directory, Map.of(
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
