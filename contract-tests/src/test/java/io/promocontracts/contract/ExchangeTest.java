package io.promocontracts.contract;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A server that sends its headers at once, then its body a byte a second: the case fails at the
 * deadline, not after the body. Mostly waiting, it runs beside the other test classes; its own
 * tests, which both set the run's end, one after the other.
 */
@Execution(ExecutionMode.CONCURRENT)
class ExchangeTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        Exchange.endRunAt(Instant.MAX);
        server.stop(0);
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void anAnswerThatTricklesFailsAtTheDeadlineWithTheRequest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 60; i++) {
                    body.write('{');
                    body.flush();
                    Thread.sleep(1000);
                }
            } catch (IOException | InterruptedException clientGone) {
                // the client stopped reading: what this test wants
            }
        });
        server.start();
        Exchange.endRunAt(Instant.now().plusSeconds(1));
        Instant sent = Instant.now();

        assertThatThrownBy(() -> Exchange.send("http://127.0.0.1:" + server.getAddress().getPort(), "Authorization", "Bearer k",
                "GET", "/v1/promo_codes", null))
                .isInstanceOf(IOException.class).hasMessageContaining("GET http://127.0.0.1:").hasMessageContaining("got no whole answer");
        assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void afterTheRunsTimeLimitNothingIsSent() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        Exchange.endRunAt(Instant.now().minusSeconds(1));

        assertThatThrownBy(() -> Exchange.send("http://127.0.0.1:" + server.getAddress().getPort(), "Authorization", "Bearer k",
                "GET", "/v1/promo_codes", null))
                .isInstanceOf(IOException.class).hasMessageContaining("the run's time limit is over");
    }
}
