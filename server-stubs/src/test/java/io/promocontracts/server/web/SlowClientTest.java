package io.promocontracts.server.web;

import io.promocontracts.testkit.DemoKeys;
import io.promocontracts.testkit.TestDatabase;
import io.promocontracts.server.PromoContractsApplication;
import org.junit.jupiter.api.Test;
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
 * Clients that send a body slowly cannot hold the workers: with four workers, eight connections
 * that announce a body and send one byte of it get their 401 and are closed, while a normal
 * client's requests keep their usual latency. A client that sent its whole body keeps its
 * connection and reads the whole answer.
 */
@SpringBootTest(classes = PromoContractsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestDatabase.FRESH_H2, "server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=4"})
class SlowClientTest {

    private static final int SLOW_CLIENTS = 8;

    @LocalServerPort
    int port;

    @Test
    void slowBodiesWithoutAKeyAreAnsweredAndClosedWhileOthersAreServed() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket("localhost", port);
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(("POST /v1/promo_codes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            for (Socket socket : slow) {
                String answer = new String(readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 401 ").contains("\"unauthorized\"");
            }

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/promo_codes?limit=1"))
                        .header("Authorization", "Bearer " + DemoKeys.FLEX_ACME_TEST).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(reply.statusCode()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
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
