package io.promocontracts.server.storage;

import io.promocontracts.testkit.DemoKeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Concurrent creates of unique Flex promo codes and Flowglad discounts against a running server,
 * with the demo keys. It records every create the server acknowledged with a 200; a create whose
 * answer never arrived (the server was killed under it) is not a promise and is not recorded.
 */
final class CreateLoad implements AutoCloseable {

    /** A create the server acknowledged, with the id it answered. */
    record Acknowledged(Kind kind, String code, String id) {
    }

    enum Kind {
        PROMO_CODE("/v1/promo_codes", "Bearer " + DemoKeys.FLEX_ACME_TEST,
                "{\"promo_code\":{\"coupon_id\":\"fcoup_1234567890\",\"code\":\"%s\"}}", "\"promo_code_id\":\"([^\"]+)\""),
        DISCOUNT("/api/v1/discounts", DemoKeys.FLOWGLAD_ACME_TEST,
                "{\"discount\":{\"name\":\"Crash test\",\"code\":\"%s\",\"amount\":10,\"amountType\":\"percent\",\"duration\":\"forever\"}}",
                "\"id\":\"([^\"]+)\"");

        final String path;
        final String authorization;
        final String body;
        private final Pattern id;

        Kind(String path, String authorization, String body, String id) {
            this.path = path;
            this.authorization = authorization;
            this.body = body;
            this.id = Pattern.compile(id);
        }

        /** The id in a create's answer. */
        String idIn(String answer) {
            Matcher matcher = id.matcher(answer);
            if (!matcher.find()) {
                throw new IllegalStateException("no id in " + answer);
            }
            return matcher.group(1);
        }

        /** Reads the created object back by its id. */
        HttpRequest read(int port, String id) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "/" + id))
                    .header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build();
        }

        HttpRequest request(int port, String code) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body.formatted(code)))
                    .build();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService workers;
    private final List<Future<?>> loops;

    /** Starts {@code connections} loops; each code is {@code prefix}, the loop and a counter. */
    CreateLoad(int port, int connections, String prefix) {
        workers = Executors.newFixedThreadPool(connections);
        loops = IntStream.range(0, connections)
                .<Future<?>>mapToObj(loop -> workers.submit(() -> run(port, prefix + Integer.toString(loop, 36) + "X")))
                .toList();
    }

    private void run(int port, String codePrefix) {
        for (long n = 0; running.get(); n++) {
            Kind kind = n % 2 == 0 ? Kind.DISCOUNT : Kind.PROMO_CODE;
            String code = codePrefix + Long.toString(n, 36).toUpperCase();
            try {
                HttpResponse<String> response = http.send(kind.request(port, code), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    acknowledged.add(new Acknowledged(kind, code, kind.idIn(response.body())));
                } else {
                    throw new IllegalStateException(kind + " " + code + " answered " + response.statusCode());
                }
            } catch (IOException killedUnderIt) {
                if (running.get()) {
                    pause();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int acknowledgedSoFar() {
        return acknowledged.size();
    }

    /** Stops the loops and returns every acknowledged create; fails if any create got a non-200. */
    List<Acknowledged> stop() throws Exception {
        running.set(false);
        for (Future<?> loop : loops) {
            loop.get(30, TimeUnit.SECONDS);
        }
        return List.copyOf(acknowledged);
    }

    @Override
    public void close() {
        running.set(false);
        workers.shutdownNow();
    }
}
