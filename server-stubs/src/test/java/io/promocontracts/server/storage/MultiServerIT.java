package io.promocontracts.server.storage;

import io.promocontracts.testkit.ServerProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promocontracts.server.storage.WriteLoad.Written;
import io.promocontracts.testkit.DemoKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several servers on one PostgreSQL, as a team runs them when one process is not enough: three
 * processes started by the README's launcher, on one database. The same codes sent through all
 * three at once give one 200 each; one server killed mid-load loses no write any server
 * acknowledged; a list paged across servers is the same list.
 */
class MultiServerIT {

    private static final Path WORK = Path.of("target", "multi-server");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SERVERS = 3;
    private static final int CODES = 40;
    private static final int MIN_ACKNOWLEDGED = 150;

    @Test
    void threeServersOnOnePostgresqlActAsOne() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
            Map<String, String> environment = Map.of(
                    "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "SPRING_DATASOURCE_USERNAME", "postgres",
                    "SPRING_DATASOURCE_PASSWORD", "");
            List<ServerProcess> servers = new ArrayList<>();
            try {
                // Started at once, as a team's servers come up together: each start waits for the database's migration lock.
                List<CompletableFuture<ServerProcess>> starting = new ArrayList<>();
                for (int i = 0; i < SERVERS; i++) {
                    Path directory = Files.createDirectories(WORK.resolve("server-" + i + "-" + System.nanoTime()));
                    starting.add(CompletableFuture.supplyAsync(() -> start(directory, environment)));
                }
                RuntimeException failed = null;
                for (CompletableFuture<ServerProcess> server : starting) {
                    try {
                        servers.add(server.join());
                    } catch (RuntimeException notStarted) {
                        failed = notStarted;
                    }
                }
                if (failed != null) {
                    throw failed;
                }
                oneCodeThroughEveryServerGivesOneSuccess(servers);
                aServerKilledMidLoadLosesNothingAnyServerAcknowledged(servers);
                aListPagedAcrossServersIsOneList(servers.subList(0, SERVERS - 1));
            } finally {
                for (ServerProcess server : servers) {
                    server.close();
                }
            }
        }
    }

    private static void oneCodeThroughEveryServerGivesOneSuccess(List<ServerProcess> servers) {
        for (int i = 0; i < CODES; i++) {
            String code = "MULTI" + System.nanoTime() % 100_000_000 + "X" + i;
            String body = "{\"discount\":{\"name\":\"Multi\",\"code\":\"" + code
                    + "\",\"amount\":5,\"amountType\":\"percent\",\"duration\":\"once\"}}";
            List<CompletableFuture<HttpResponse<String>>> answers = servers.stream()
                    .map(server -> HTTP.sendAsync(post(server, "/api/v1/discounts", DemoKeys.FLOWGLAD_ACME_TEST, body),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            List<Integer> statuses = answers.stream().map(answer -> answer.join().statusCode()).toList();
            assertThat(statuses).as("code %s sent through %d servers at once", code, servers.size()).containsOnly(200, 409);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        }
    }

    private static void aServerKilledMidLoadLosesNothingAnyServerAcknowledged(List<ServerProcess> servers) throws Exception {
        List<WriteLoad> loads = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            loads.add(new WriteLoad(servers.get(i).port(), 4, "M" + i));
        }
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (loads.stream().mapToInt(WriteLoad::acknowledgedSoFar).sum() < MIN_ACKNOWLEDGED) {
                assertThat(System.nanoTime()).as("enough writes acknowledged within 60 s").isLessThan(deadline);
                Thread.sleep(10);
            }
            servers.get(servers.size() - 1).kill();
            Thread.sleep(300);
            List<Written> acknowledged = new ArrayList<>();
            for (WriteLoad load : loads) {
                acknowledged.addAll(load.stop());
            }
            int reader = servers.get(0).port();
            List<Written> lost = acknowledged.parallelStream().filter(object -> {
                try {
                    return !WriteLoad.keptAsAcknowledged(object, WriteLoad.readBack(HTTP, reader, object));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            System.out.printf("multi-server test: %d writes acknowledged by %d servers on one PostgreSQL, one killed mid-load;"
                    + " %d of them found as answered through another%n", acknowledged.size(), servers.size(), acknowledged.size() - lost.size());
            assertThat(lost).as("acknowledged writes not found through another server").isEmpty();
        } finally {
            loads.forEach(WriteLoad::close);
        }
    }

    /** Pages of two at a time, each from the next server in turn, against one page of them all. */
    private static void aListPagedAcrossServersIsOneList(List<ServerProcess> servers) throws Exception {
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int page = 0;
        do {
            ServerProcess server = servers.get(page++ % servers.size());
            JsonNode answer = get(server, "/api/v1/discounts?limit=7" + (cursor == null ? "" : "&cursor=" + cursor));
            answer.get("data").forEach(discount -> paged.add(discount.get("id").asText()));
            cursor = answer.get("hasMore").asBoolean() ? answer.get("nextCursor").asText() : null;
        } while (cursor != null);
        List<String> whole = new ArrayList<>();
        cursor = null;
        do {
            JsonNode answer = get(servers.get(0), "/api/v1/discounts?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
            answer.get("data").forEach(discount -> whole.add(discount.get("id").asText()));
            cursor = answer.get("hasMore").asBoolean() ? answer.get("nextCursor").asText() : null;
        } while (cursor != null);
        Set<String> distinct = new HashSet<>(paged);
        assertThat(distinct).as("no discount on two pages").hasSize(paged.size());
        assertThat(paged).as("paged across servers").isEqualTo(whole);
    }

    private static ServerProcess start(Path directory, Map<String, String> environment) {
        try {
            return ServerProcess.start(ServerProcess.LAUNCHER, directory, environment, directory.resolve("server.log"));
        } catch (Exception e) {
            throw new IllegalStateException("starting a server in " + directory, e);
        }
    }

    private static HttpRequest post(ServerProcess server, String path, String authorization, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static JsonNode get(ServerProcess server, String pathAndQuery) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + pathAndQuery))
                .header("Authorization", DemoKeys.FLOWGLAD_ACME_TEST).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
