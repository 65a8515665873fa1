package io.promocontracts.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server running as a separate operating-system process, started the way the README
 * starts it (the launcher {@code ./mvnw package} prepares) in a working directory of its own, so
 * that the embedded default keeps its data under that directory's {@code ./data}. The launcher
 * replaces itself with the JVM, so killing the process kills the server. The build gives it the
 * JVM options of {@code server.java.opts} through the launcher's own {@code JAVA_OPTS}.
 */
public final class ServerProcess implements AutoCloseable {

    /**
     * The launcher {@code ./mvnw package} prepared, as the README starts the server: the system
     * property {@code server.launcher}, else the path as seen from the server-stubs module.
     */
    public static final Path LAUNCHER = Path.of(System.getProperty("server.launcher", "target/promo-server/bin/promo-server"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** JVM options the launcher adds ({@code JAVA_OPTS}), from the system property {@code server.java.opts}; none by default. */
    private static final String SERVER_JAVA_OPTS = System.getProperty("server.java.opts", "");

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the launcher and returns once the server answers HTTP. */
    public static ServerProcess start(Path launcher, Path workingDirectory, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        return start(List.of(), launcher, workingDirectory, environment, log);
    }

    /**
     * As {@link #start(Path, Path, Map, Path)}, with the launcher run by a wrapper command that
     * execs it (so that the process is still the server's).
     */
    public static ServerProcess start(List<String> wrapper, Path launcher, Path workingDirectory, Map<String, String> environment,
                               Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(wrapper);
        command.add(launcher.toAbsolutePath().toString());
        command.add("--server.port=" + port);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The JVM options of the build's servers (server.java.opts): they live for seconds, and need not compile for peak speed.
        builder.environment().put("JAVA_OPTS", SERVER_JAVA_OPTS);
        builder.environment().putAll(environment);
        ServerProcess server = new ServerProcess(builder.start(), port);
        try {
            server.awaitAnswer(log);
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM, as a service manager stops a server; whether it exited within the time given. */
    public boolean stop(Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** {@code kill -9}: no shutdown hook, no flush, no clean close of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitAnswer(Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/promo_codes"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                http.send(probe, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("the server did not answer within " + START_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
