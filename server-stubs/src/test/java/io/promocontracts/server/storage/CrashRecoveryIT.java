package io.promocontracts.server.storage;

import io.promocontracts.testkit.ServerProcess;
import io.promocontracts.server.storage.WriteLoad.Written;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200 on a create or an update survives {@code kill -9} of the server. The server runs as its own
 * process, started by the launcher the README gives; 16 connections create objects of both APIs
 * and update each once ({@link WriteLoad}, from the specs); the process is killed mid-load; a new
 * process on the same data must hold every acknowledged create, as its update answered it when
 * that was acknowledged (each object is read back by its id), and keep serving. Several
 * rounds on the same data, on the embedded default and on PostgreSQL (only the application is
 * killed, not the database).
 */
class CrashRecoveryIT {

    private static final Path WORK = Path.of("target", "crash-test");
    private static final int ROUNDS = 3;
    private static final int CONNECTIONS = 16;
    private static final int MIN_ACKNOWLEDGED_BEFORE_KILL = 100;
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void embeddedDefaultKeepsEveryAcknowledgedCreate() throws Exception {
        crashRounds("embedded H2", Map.of());
    }

    @Test
    void postgresqlKeepsEveryAcknowledgedCreate() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
            crashRounds("PostgreSQL", Map.of(
                    "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "SPRING_DATASOURCE_USERNAME", "postgres",
                    "SPRING_DATASOURCE_PASSWORD", ""));
        }
    }

    private static void crashRounds(String database, Map<String, String> environment) throws Exception {
        Path directory = Files.createDirectories(WORK.resolve(database.replace(' ', '-') + "-" + System.nanoTime()));
        Path log = directory.resolve("server.log");
        ServerProcess server = ServerProcess.start(ServerProcess.LAUNCHER, directory, environment, log);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                List<Written> acknowledged = loadUntilKilled(server, "R" + round);
                server = ServerProcess.start(ServerProcess.LAUNCHER, directory, environment, log);
                List<Written> lost = lost(server.port(), acknowledged);
                long updates = acknowledged.stream().filter(object -> object.updated() != null).count();
                System.out.printf("crash test on %s, round %d: %d creates acknowledged before kill -9 (%d of them updated, acknowledged too),"
                                + " %d of them found as answered after the restart%n", database, round, acknowledged.size(), updates,
                        acknowledged.size() - lost.size());
                assertThat(acknowledged).as("creates acknowledged before the kill").hasSizeGreaterThanOrEqualTo(MIN_ACKNOWLEDGED_BEFORE_KILL);
                assertThat(updates).as("updates acknowledged before the kill").isGreaterThan(0);
                assertThat(lost).as("acknowledged writes lost by the crash (of %d), server log %s", acknowledged.size(), log).isEmpty();
            }
        } finally {
            server.close();
        }
    }

    /** Loads the server until enough creates were acknowledged, then kills it at a random moment. */
    private static List<Written> loadUntilKilled(ServerProcess server, String prefix) throws Exception {
        try (WriteLoad load = new WriteLoad(server.port(), CONNECTIONS, prefix)) {
            long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
            while (load.acknowledgedSoFar() < MIN_ACKNOWLEDGED_BEFORE_KILL) {
                if (System.nanoTime() > deadline) {
                    server.kill();
                    load.stop();
                    throw new IllegalStateException("only " + load.acknowledgedSoFar() + " creates acknowledged in " + LOAD_TIMEOUT);
                }
                Thread.sleep(10);
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(50, 500));
            server.kill();
            return load.stop();
        }
    }

    /** The acknowledged writes the restarted server does not have as they were answered: each object is read back by its id. */
    private static List<Written> lost(int port, List<Written> acknowledged) {
        return acknowledged.parallelStream().filter(object -> {
            try {
                return !WriteLoad.keptAsAcknowledged(object, WriteLoad.readBack(HTTP, port, object));
            } catch (IOException e) {
                throw new IllegalStateException("the restarted server did not answer", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
