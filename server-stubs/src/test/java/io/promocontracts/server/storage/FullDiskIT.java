package io.promocontracts.server.storage;

import io.promocontracts.testkit.ServerProcess;
import io.promocontracts.testkit.DemoKeys;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full disk under the embedded database, as an unlucky operator meets it. The packaged server
 * runs with its {@code ./data} on a 32 MB tmpfs of its own mount namespace ({@code unshare}: no
 * root needed, nothing mounted outside the process); the test fills that disk from outside
 * through {@code /proc/<pid>/root}. While less than the reserve (16 MB by default) is free, writes
 * are answered 503 with {@code Retry-After} and nothing hangs, reads go on, the health check says
 * so and the log says it once; once the space is freed the same process writes again; SIGTERM
 * stops it promptly.
 */
class FullDiskIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String CREATE = "{\"discount\":{\"name\":\"Full disk\",\"code\":\"%s\",\"amount\":5,\"amountType\":\"percent\",\"duration\":\"once\"}}";
    private static final List<String> OWN_TMPFS = List.of("unshare", "--user", "--map-root-user", "--mount",
            "sh", "-c", "mount -t tmpfs -o size=32m tmpfs data && exec \"$0\" \"$@\"");
    private static final long LEFT_FREE = 8L << 20;

    @Test
    void aFullDiskIsAnswered503AndWritesResumeOnceSpaceIsFreed() throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "full-disk", String.valueOf(System.nanoTime())).toAbsolutePath());
        Files.createDirectories(directory.resolve("data"));
        Path log = directory.resolve("server.log");
        try (ServerProcess server = ServerProcess.start(OWN_TMPFS, ServerProcess.LAUNCHER, directory, Map.of(), log)) {
            HttpResponse<String> stored = create(server, "BEFORE" + suffix());
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
            String id = stored.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

            File data = Path.of("/proc", String.valueOf(server.pid()), "root").resolve(directory.resolve("data").toString().substring(1)).toFile();
            File filler = new File(data, "filler");
            fill(filler, data.getUsableSpace() - LEFT_FREE);

            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                HttpResponse<String> refused = create(server, "FULL" + i + suffix());
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
            }
            assertThat(get(server, "/api/v1/discounts/" + id).statusCode()).as("reads go on").isEqualTo(200);
            assertThat(get(server, "/health").statusCode()).isEqualTo(503);
            assertThat(Files.readString(log)).as("logged once").containsOnlyOnce("kept in reserve").doesNotContain("\tat ");

            assertThat(filler.delete()).isTrue();
            HttpResponse<String> resumed = create(server, "AFTER" + suffix());
            assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
            assertThat(get(server, "/api/v1/discounts/" + id).statusCode()).isEqualTo(200);
            assertThat(Files.readString(log)).contains("The database takes requests again.");

            assertThat(server.stop(Duration.ofSeconds(20))).as("stopped by SIGTERM within 20 s").isTrue();
        }
    }

    /** Writes real bytes: tmpfs does not count a sparse file's holes. */
    private static void fill(File file, long bytes) throws IOException {
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file.toPath())) {
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, bytes - written));
            }
        }
    }

    private static String suffix() {
        return String.valueOf(System.nanoTime() % 1_000_000);
    }

    private static HttpResponse<String> create(ServerProcess server, String code) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/v1/discounts"))
                .header("Authorization", DemoKeys.FLOWGLAD_ACME_TEST).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(CREATE.formatted(code))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(ServerProcess server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Authorization", DemoKeys.FLOWGLAD_ACME_TEST).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
