package io.promocontracts.server.container;

import io.promocontracts.testkit.DemoKeys;
import io.promocontracts.testkit.TestDatabase;
import io.promocontracts.server.PromoContractsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send a body slowly cannot hold the workers, with a key or without: with four
 * workers, eight connections without a key that announce a body and send one byte of it get their
 * 401 and are closed; sixteen with a valid key are read as their bytes come, holding no worker,
 * and answered 408 once their time is up; meanwhile another tenant's requests keep their usual
 * latency. A slow body that does arrive is served; a client that sent its whole body keeps its
 * connection and reads the whole answer. (The key's concurrent requests are not limited here, so
 * that every slow body is read; the limit is CallerLimitsTest's.) The class runs beside the others:
 * it spends its time waiting for slow bodies' time to run out, on a database of its own.
 */
@SpringBootTest(classes = PromoContractsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestDatabase.FRESH_H2, "server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=4",
                "promo.limits.concurrent-requests=1000", "promo.limits.body-timeout=3s"})
@Execution(ExecutionMode.CONCURRENT)
class SlowClientTest {

    private static final int SLOW_CLIENTS = 8;
    private static final int SLOW_CLIENTS_WITH_A_KEY = 16;

    @LocalServerPort
    int port;

    @Test
    void slowBodiesWithoutAKeyAreAnsweredAndClosedWhileOthersAreServed() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(announce(1000, "", "{"));
            }
            for (Socket socket : slow) {
                String answer = new String(readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 401 ").contains("\"unauthorized\"");
            }

            anotherTenantIsServedAsUsual();
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void slowBodiesWithAKeyHoldNoWorkerAndAreAnswered408WhenTheirTimeIsUp() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            long started = System.nanoTime();
            for (int i = 0; i < SLOW_CLIENTS_WITH_A_KEY; i++) {
                slow.add(announce(1000, "Authorization: Bearer " + DemoKeys.FLEX_ACME_TEST + "\r\n", "{"));
            }

            anotherTenantIsServedAsUsual();

            for (Socket socket : slow) {
                String answer = new String(readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 408 ").contains("\"request_timeout\"", "within 3 seconds");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(3))
                    .isLessThan(Duration.ofSeconds(10));
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aSlowBodyThatArrivesIsServed() throws Exception {
        String body = "{\"promo_code\":{\"coupon_id\":\"fcoup_1234567890\",\"code\":\"SLOWLY1\"}}";
        try (Socket socket = announce(body.length(), "Authorization: Bearer " + DemoKeys.FLEX_ACME_TEST + "\r\nConnection: close\r\n",
                body.substring(0, 10))) {
            Thread.sleep(500);
            socket.getOutputStream().write(body.substring(10).getBytes(StandardCharsets.US_ASCII));

            String answer = new String(readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200 ").contains("\"code\":\"SLOWLY1\"");
        }
    }

    /** A create's headers announcing a body of this length, and its first bytes. */
    private Socket announce(int length, String headers, String firstBytes) throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("POST /v1/promo_codes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + headers + "Content-Length: " + length + "\r\n\r\n" + firstBytes).getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Twenty reads of another tenant, each answered 200 within a second. */
    private void anotherTenantIsServedAsUsual() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/promo_codes?limit=1"))
                    .header("Authorization", "Bearer " + DemoKeys.FLEX_GLOBEX_TEST).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void aWholeBodyWithABadKeyGetsTheWholeAnswer() throws Exception {
        String body = "{\"promo_code\":{\"coupon_id\":\"fcoup_1234567890\",\"code\":\"WHOLE1\"}}";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /v1/promo_codes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer fsk_test_nobody\r\nContent-Length: " + body.length() + "\r\n\r\n" + body + "GET /v1/promo_codes?limit=1 HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + DemoKeys.FLEX_ACME_TEST + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answers = new String(readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
            assertThat(answers).startsWith("HTTP/1.1 401 ").contains("\"unauthorized\"");
            assertThat(answers).as("the next request on the same connection").contains("HTTP/1.1 200 ");
        }
    }

    private static byte[] readUntilClosed(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
