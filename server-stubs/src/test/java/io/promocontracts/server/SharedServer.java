package io.promocontracts.server;

import io.promocontracts.testkit.ServerProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The packaged server, started once as the README starts it, for the process tests that leave it
 * serving (DocumentedExamplesIT, AbuseIT): a start costs seconds, and none of them kills it or
 * needs an empty database. It runs on CPU 0 only, so that a test measuring how it shares itself
 * can send its load from another CPU; it is killed when the tests' JVM exits.
 */
final class SharedServer {

    private static ServerProcess server;
    private static Path directory;

    private SharedServer() {
    }

    static synchronized ServerProcess get() throws Exception {
        if (server == null) {
            directory = Files.createDirectories(Path.of("target", "shared-server", String.valueOf(System.nanoTime())));
            server = ServerProcess.start(List.of("taskset", "-c", "0"), ServerProcess.LAUNCHER, directory, Map.of(), log());
            ServerProcess started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        return server;
    }

    /** Where the server keeps its embedded database, ./data. */
    static Path directory() {
        return directory;
    }

    static Path log() {
        return directory.resolve("server.log");
    }
}
