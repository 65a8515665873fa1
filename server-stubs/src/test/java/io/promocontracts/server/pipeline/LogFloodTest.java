package io.promocontracts.server.pipeline;

import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.testkit.DemoKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No client request writes more than a line to the log, whoever sends it and however often: the log
 * shares the disk with the database, and a request that writes kilobytes of stack traces can fill
 * it for every tenant. Every odd request shape the hostile-input corpus knows ({@link HostileRequests})
 * and the protocol's own edges are sent many times, over plain sockets, and the log's growth is measured.
 * It runs alone: the log it measures is the whole JVM's.
 */
@ExtendWith(OutputCaptureExtension.class)
@Isolated
class LogFloodTest extends ApiIntegrationTest {

    private static final String BODY = "{\"a\":\"b1234\"}";

    @Test
    void twoHundredGetsWithABodyWriteNothing(CapturedOutput log) throws IOException {
        int before = log.getAll().length();

        for (int i = 0; i < 200; i++) {
            String answer = send("GET /health HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                    + BODY.length() + "\r\nConnection: close\r\n\r\n" + BODY);
            assertThat(answer).startsWith("HTTP/1.1 200 ");
        }

        assertThat(log.getAll().length() - before).as("characters logged: %s", log.getAll().substring(before)).isLessThan(100 * 1024);
        assertThat(log.getAll().substring(before)).as("a stack trace is more than a line").doesNotContain("\tat ", "Caused by");
    }

    @Test
    void everyOddRequestShapeWritesAtMostALineEach(CapturedOutput log) throws IOException {
        List<byte[]> flood = oddRequests();
        int before = log.getAll().length();

        for (int round = 0; round < 5; round++) {
            for (byte[] request : flood) {
                send(request);
            }
        }

        String logged = log.getAll().substring(before);
        long lines = logged.lines().count();
        System.out.printf("log flood: %d requests, %d lines and %d characters logged%n", 5 * flood.size(), lines, logged.length());
        assertThat(logged).as("a stack trace is more than a line").doesNotContain("\tat ", "Caused by");
        assertThat(lines).as("lines logged by %d requests: %s", 5 * flood.size(), logged).isLessThanOrEqualTo(flood.size());
        assertThat(logged.length()).as("characters logged").isLessThan(100 * 1024);
    }

    /** The corpus's bodies and queries, bodies on reads, a body cut short, and HTTP's own edges. */
    private static List<byte[]> oddRequests() {
        List<byte[]> requests = new ArrayList<>();
        for (HostileRequests.HostileRequest hostile : HostileRequests.bodies()) {
            StringBuilder head = new StringBuilder("POST " + hostile.target().path + " HTTP/1.1\r\nHost: localhost\r\n");
            hostile.authorization().forEach(key -> head.append("Authorization: ").append(key).append("\r\n"));
            if (hostile.contentType() != null) {
                head.append("Content-Type: ").append(hostile.contentType()).append("\r\n");
            }
            head.append("Content-Length: ").append(hostile.body().length).append("\r\nConnection: close\r\n\r\n");
            requests.add(concat(head.toString().getBytes(StandardCharsets.UTF_8), hostile.body()));
        }
        for (String query : HostileRequests.queries()) {
            requests.add(ascii("GET " + query + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + DemoKeys.FLEX_ACME_TEST
                    + "\r\nAuthorization: " + DemoKeys.FLOWGLAD_ACME_TEST + "\r\nConnection: close\r\n\r\n"));
        }
        for (String path : List.of("/health", "/v1/promo_codes", "/api/v1/discounts", "/v1/gift_cards", "/docs/", "/error")) {
            for (String key : List.of("", "Authorization: Bearer " + DemoKeys.FLEX_ACME_TEST + "\r\n", "Authorization: sk_test_nobody\r\n")) {
                requests.add(ascii("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + key + "Content-Type: application/json\r\n"
                        + "Content-Length: " + BODY.length() + "\r\nConnection: close\r\n\r\n" + BODY));
            }
        }
        requests.add(ascii("POST /v1/promo_codes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + DemoKeys.FLEX_ACME_TEST
                + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{\"promo_code\":"));
        requests.add(ascii("POST /health HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"));
        requests.add(ascii("CONNECT localhost:443 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        requests.add(ascii("TRACE /v1/promo_codes HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        requests.add(ascii("GET /v1/promo_codes HTTP/3.0\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        requests.add(ascii("POST /v1/promo_codes HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: xchunked\r\nConnection: close\r\n\r\n"));
        requests.add(ascii("GET /v1/promo_codes HTTP/1.1\r\nHost: localhost\r\nExpect: 200-ok\r\nConnection: close\r\n\r\n"));
        requests.add(ascii("GET /v1/%2e%2e/promo_codes;x=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        requests.add(ascii("GET /v1/promo_codes?" + "a=1&".repeat(1200) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        requests.add(ascii("GARBAGE\r\n\r\n"));
        return requests;
    }

    private String send(String request) throws IOException {
        return send(ascii(request));
    }

    /** Sends the bytes, reads what comes back until the server closes; a connection reset is an answer too. */
    private String send(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(request);
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                // The server answered and closed before the whole request was sent (a 413, say).
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                InputStream in = socket.getInputStream();
                in.transferTo(answer);
            } catch (IOException reset) {
                // What was read before the reset is the answer.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] head, byte[] body) {
        byte[] whole = new byte[head.length + body.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(body, 0, whole, head.length, body.length);
        return whole;
    }
}
