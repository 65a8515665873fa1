package io.promocontracts.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promocontracts.testkit.DemoKeys;
import io.promocontracts.testkit.ServerProcess;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant with valid keys and valid data, or a client with keys nobody has, cannot take the
 * packaged server down for the others. Each check measures something that two busy cores do not
 * blur (what was answered, and how much of it the limits let through), never a latency ratio.
 * <ul>
 * <li>Pages of the largest promo codes one request can make, on the largest coupon, read by more
 * clients at once than the server has workers, come back whole (never a short 200; a few may be
 * shed with 503 and {@code Retry-After}), the heap holds and the server serves on.</li>
 * <li>A flood of {@code GET /health} writes nearly nothing to the database file.</li>
 * <li>One key flooding creates is held to its share (what is over its requests at once or its rate
 * is answered 429 with {@code Retry-After}; once its burst is spent, its 200s are at most its rate)
 * while another key's reads are all served.</li>
 * <li>A flood of keys nobody has from one address is held to that address's share of lookups (the
 * rest 429 before any lookup), while its own known key and another address's are served.</li>
 * </ul>
 * All but the first share the packaged server with the other process tests that leave it serving
 * ({@link SharedServer}); the first needs a key that may hold more requests at once than workers.
 * What it measures holds while other process tests share the cores (the build runs them side by side).
 */
class AbuseIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String FLEX_ACME = "Bearer " + DemoKeys.FLEX_ACME_TEST;
    private static final int LARGE_PROMO_CODES = 30;
    private static final int READERS = 100;
    private static final int FLOODING_CONNECTIONS = 32;
    /** The server's defaults (application.properties): each key's rate and burst, each address's share of lookups. */
    private static final int KEY_RATE = 500;
    private static final int ADDRESS_LOOKUP_RATE = 20;
    private static final int ADDRESS_LOOKUP_BURST = 200;

    @Test
    void pagesOfTheLargestObjectsReadByManyAtOnceComeBackWholeAndTheServerServesOn() throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "abuse", "large-pages-" + System.nanoTime()));
        try (ServerProcess server = ServerProcess.start(ServerProcess.LAUNCHER, directory, Map.of("PROMO_LIMITS_CONCURRENTREQUESTS", "1000"),
                directory.resolve("server.log"))) {
            String couponId = JSON.readTree(created(server, "/v1/coupons", largestCoupon()).body()).at("/coupon/coupon_id").asText();
            String metadata = IntStream.range(0, 50).mapToObj(i -> "\"" + (i + "k".repeat(40)).substring(0, 40) + "\":\"" + "ж".repeat(500) + "\"")
                    .collect(Collectors.joining(",", "{", "}"));
            for (int i = 0; i < LARGE_PROMO_CODES; i++) {
                created(server, "/v1/promo_codes", "{\"promo_code\":{\"coupon_id\":\"" + couponId + "\",\"code\":\"LARGE" + i
                        + "\",\"metadata\":" + metadata + "}}");
            }

            Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
            ExecutorService readers = Executors.newFixedThreadPool(READERS);
            try {
                List<Future<?>> reads = new ArrayList<>();
                for (int i = 0; i < READERS; i++) {
                    reads.add(readers.submit(() -> {
                        HttpResponse<String> page = send(server, "GET", "/v1/promo_codes?limit=100", FLEX_ACME, null);
                        String shed = page.statusCode() == 503 && page.headers().firstValue("Retry-After").isPresent()
                                && page.body().contains("\"service_unavailable\"") ? " shed with Retry-After" : "";
                        answers.computeIfAbsent(page.statusCode() + " " + whole(page) + shed, key -> new AtomicInteger()).incrementAndGet();
                        return null;
                    }));
                }
                for (Future<?> read : reads) {
                    read.get(120, TimeUnit.SECONDS);
                }
            } finally {
                readers.shutdownNow();
            }

            System.out.println("pages of the largest promo codes, " + READERS + " readers at once: " + answers);
            assertThat(answers.keySet()).as("every page whole: 200, or 503 shedding load: %s", answers)
                    .isSubsetOf("200 whole", "503 whole shed with Retry-After");
            assertThat(answers.get("200 whole").get()).as("pages served").isGreaterThanOrEqualTo(READERS * 9 / 10);
            JsonNode first = JSON.readTree(send(server, "GET", "/v1/promo_codes?limit=100", FLEX_ACME, null).body());
            assertThat(first.get("promo_codes").size()).as("a page ends at its size budget").isBetween(1, LARGE_PROMO_CODES - 1);
            assertThat(first.get("has_more").asBoolean()).isTrue();
            assertThat(send(server, "GET", "/health", null, null).statusCode()).isEqualTo(200);
            assertThat(send(server, "GET", "/api/v1/discounts?limit=1", DemoKeys.FLOWGLAD_GLOBEX_TEST, null).statusCode()).isEqualTo(200);
            assertThat(Files.readString(directory.resolve("server.log"))).doesNotContain("OutOfMemoryError");
        }
    }

    @Test
    void aFloodOfHealthChecksWritesNearlyNothing() throws Exception {
        ServerProcess server = SharedServer.get();
        Path file = SharedServer.directory().resolve("data").resolve("promo-contracts.mv.db");
        long before = Files.size(file);
        AtomicInteger up = new AtomicInteger();
        long asked = flood(Duration.ofSeconds(2), 16, () -> {
            if (send(server, "GET", "/health", null, null).statusCode() == 200) {
                up.incrementAndGet();
            }
        });

        long grown = Files.size(file) - before;
        System.out.printf("health flood: %d checks in 2 s, %d answered 200, the database file grew by %d KB%n", asked, up.get(), grown / 1024);
        assertThat(asked).isGreaterThan(400);
        assertThat(up.get()).isEqualTo((int) asked);
        assertThat(grown).as("bytes the database file grew by under the flood").isLessThan(1024 * 1024);
    }

    /**
     * The server runs on CPU 0 and this JVM, which sends the flood and the other key's reads, on CPU 1:
     * a tenant's load comes from its own machines, and what is measured is how the server shares itself.
     */
    @Test
    void oneKeyFloodingCreatesIsHeldToItsShareWhileAnotherKeyIsServed() throws Exception {
        ServerProcess server = SharedServer.get();
        int cpus = Runtime.getRuntime().availableProcessors();
        assertThat(cpus).as("CPUs: the server and its clients each need one of their own").isGreaterThanOrEqualTo(2);
        pin(ProcessHandle.current().pid(), "1");
        try {
            Map<Integer, AtomicInteger> floodStatuses = new ConcurrentHashMap<>();
            List<String> retryAfter = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger lateSuccesses = new AtomicInteger();
            long started = System.nanoTime();
            long spent = started + Duration.ofSeconds(2).toNanos();
            long end = started + Duration.ofSeconds(5).toNanos();
            List<Integer> served = connections(server, FLOODING_CONNECTIONS, InetAddress.getLoopbackAddress(), end, connection -> {
                String body = "{\"discount\":{\"name\":\"Flood\",\"code\":\"FLOOD" + UUID.randomUUID().toString().substring(0, 13)
                        + "\",\"amount\":5,\"amountType\":\"percent\",\"duration\":\"once\"}}";
                KeptAliveConnection.Answer answer = connection.send("POST /api/v1/discounts HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: " + DemoKeys.FLOWGLAD_GLOBEX_TEST + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length() + "\r\n\r\n" + body);
                floodStatuses.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();
                if (answer.status() == 200 && System.nanoTime() > spent) {
                    lateSuccesses.incrementAndGet();
                }
                if (answer.status() == 429 && retryAfter.size() < 10) {
                    retryAfter.add(answer.retryAfter());
                }
            }, () -> otherKeysReads(server, Duration.ofSeconds(5)));

            double lateSeconds = (System.nanoTime() - spent) / 1e9;
            System.out.printf("fairness: one key's creates on %d connections for 5 s: %s, %d of them 200 in the last %.1f s;"
                    + " the other key's %d paced reads all answered 200%n", FLOODING_CONNECTIONS, floodStatuses, lateSuccesses.get(),
                    lateSeconds, served.size());
            assertThat(floodStatuses.keySet()).as("the flooding key gets 200s and 429s only").containsOnly(200, 429);
            assertThat(retryAfter).isNotEmpty().allMatch(value -> value.matches("[1-9][0-9]*"));
            assertThat(lateSuccesses.get()).as("the flooding key's creates once its burst is spent, at %d a second", KEY_RATE)
                    .isLessThanOrEqualTo((int) (KEY_RATE * (lateSeconds + 0.5)));
            assertThat(served).as("the other key's reads, each answered").isNotEmpty().containsOnly(200);
        } finally {
            pin(ProcessHandle.current().pid(), "0-" + (cpus - 1));
        }
    }

    /**
     * Keys nobody has, each new, from 127.0.0.2 on 16 connections: past the address's burst they are
     * answered 429 before any lookup. The address's own demo key, found before the flood, and the
     * other key's reads from 127.0.0.1 are served throughout.
     */
    @Test
    void aFloodOfKeysNobodyHasFromOneAddressCostsAtMostItsShareOfLookups() throws Exception {
        ServerProcess server = SharedServer.get();
        InetAddress flooding = InetAddress.getByName("127.0.0.2");
        String known = "GET /v1/promo_codes?limit=1 HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + FLEX_ACME + "\r\n\r\n";
        try (KeptAliveConnection own = new KeptAliveConnection(server.port(), flooding)) {
            assertThat(own.send(known).status()).isEqualTo(200);
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> retryAfter = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long end = started + Duration.ofSeconds(3).toNanos();
        List<Integer> ownKey = Collections.synchronizedList(new ArrayList<>());
        List<Integer> served = connections(server, 16, flooding, end, connection -> {
            KeptAliveConnection.Answer answer = connection.send("GET /v1/promo_codes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer fsk_test_"
                    + UUID.randomUUID() + "\r\n\r\n");
            statuses.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();
            if (answer.status() == 429 && retryAfter.size() < 10) {
                retryAfter.add(answer.retryAfter());
            }
            if (ownKey.size() < 20) {
                ownKey.add(connection.send(known).status());
            }
        }, () -> otherKeysReads(server, Duration.ofSeconds(3)));

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("keys nobody has from one address for %.1f s: %s; its own known key %s; another address's %d paced reads all 200%n",
                seconds, statuses, ownKey.stream().distinct().toList(), served.size());
        assertThat(statuses.keySet()).as("a key nobody has: 401, or 429 past the address's share").containsOnly(401, 429);
        assertThat(retryAfter).isNotEmpty().allMatch(value -> value.matches("[1-9][0-9]*"));
        assertThat(statuses.get(401).get()).as("keys looked up (each answered 401)")
                .isLessThanOrEqualTo((int) (ADDRESS_LOOKUP_BURST + ADDRESS_LOOKUP_RATE * (seconds + 1)));
        assertThat(ownKey).as("the address's own key, found before").isNotEmpty().containsOnly(200);
        assertThat(served).as("another address's reads, each answered").isNotEmpty().containsOnly(200);
    }

    /** Sends on {@code count} kept-alive connections from {@code from} until {@code end}, while {@code meanwhile} runs here: its result. */
    private static <T> T connections(ServerProcess server, int count, InetAddress from, long end, Exchange exchange, Meanwhile<T> meanwhile)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                running.add(pool.submit(() -> {
                    try (KeptAliveConnection connection = new KeptAliveConnection(server.port(), from)) {
                        while (System.nanoTime() < end) {
                            exchange.send(connection);
                        }
                    }
                    return null;
                }));
            }
            T result = meanwhile.run();
            for (Future<?> each : running) {
                each.get(60, TimeUnit.SECONDS);
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Exchange {
        void send(KeptAliveConnection connection) throws Exception;
    }

    private interface Meanwhile<T> {
        T run() throws Exception;
    }

    /**
     * Another tenant's reads during a flood, 50 a second on one connection (well within its own
     * share): the status of each.
     */
    private static List<Integer> otherKeysReads(ServerProcess server, Duration during) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        long end = System.nanoTime() + during.toNanos();
        try (KeptAliveConnection connection = new KeptAliveConnection(server.port())) {
            for (long next = System.nanoTime(); next < end; next += TimeUnit.MILLISECONDS.toNanos(20)) {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
                statuses.add(connection.send("GET /api/v1/discounts?limit=10 HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                        + DemoKeys.FLOWGLAD_ACME_TEST + "\r\n\r\n").status());
            }
        }
        return statuses;
    }

    /** A coupon as large as one request may make it: 100 product ids of 255 characters and 50 metadata entries. */
    private static String largestCoupon() {
        String products = IntStream.range(0, 100).mapToObj(i -> "\"" + (i + "p".repeat(255)).substring(0, 255) + "\"")
                .collect(Collectors.joining(","));
        String metadata = IntStream.range(0, 50).mapToObj(i -> "\"" + (i + "k".repeat(40)).substring(0, 40) + "\":\"" + "v".repeat(500) + "\"")
                .collect(Collectors.joining(","));
        return "{\"coupon\":{\"name\":\"Largest\",\"amount_off\":100,\"duration\":\"forever\",\"applies_to\":{\"products\":[" + products
                + "]},\"metadata\":{" + metadata + "}}}";
    }

    private static HttpResponse<String> created(ServerProcess server, String path, String body) throws Exception {
        HttpResponse<String> created = send(server, "POST", path, FLEX_ACME, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return created;
    }

    /**
     * Binds every thread of a process to these CPUs (taskset's list, e.g. "1" or "0-3"). A thread that
     * ended while taskset went through them is no failure: only its own complaint is allowed.
     */
    private static void pin(long pid, String cpus) throws Exception {
        Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, String.valueOf(pid)).redirectErrorStream(true).start();
        String said = new String(taskset.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (taskset.waitFor() != 0) {
            assertThat(said.lines().filter(line -> line.startsWith("taskset:"))).as("taskset: %s", said)
                    .allMatch(line -> line.endsWith("No such process"));
        }
    }

    /** Runs {@code request} on {@code threads} threads for {@code time}; how many were sent. */
    private static long flood(Duration time, int threads, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger sent = new AtomicInteger();
        long end = System.nanoTime() + time.toNanos();
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                loops.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        request.send();
                        sent.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get(time.toSeconds() + 60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return sent.get();
    }

    private interface Request {
        void send() throws Exception;
    }

    /** "whole" when the body is as long as its Content-Length says and is JSON, else what is wrong with it. */
    private static String whole(HttpResponse<String> answer) {
        long announced = answer.headers().firstValueAsLong("Content-Length").orElse(-1);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        if (announced != body.length) {
            return "announced " + announced + " bytes, got " + body.length;
        }
        try {
            JSON.readTree(body);
            return "whole";
        } catch (java.io.IOException e) {
            return "not JSON";
        }
    }

    private static HttpResponse<String> send(ServerProcess server, String method, String path, String authorization, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
