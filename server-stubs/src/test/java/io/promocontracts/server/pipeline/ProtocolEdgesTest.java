package io.promocontracts.server.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.testkit.ApiWorld;
import io.promocontracts.testkit.DemoKeys;
import io.promocontracts.specs.OperationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client can get wrong in HTTP itself is answered as HTTP says, in the API's error shape,
 * never with a 500: a method or transfer coding the server does not implement (501), an unknown
 * protocol version (505), an expectation it cannot meet (417), too many query parameters or one
 * named parameter given twice (400, nothing stored). Every GET operation answers HEAD as it answers
 * GET, without the body, and every 405 names the methods the path really has. Sent over a plain
 * socket: HTTP client libraries refuse to send most of these.
 */
class ProtocolEdgesTest extends ApiIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FLEX_KEY = "Authorization: Bearer " + DemoKeys.FLEX_ACME_TEST + "\r\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CONNECT to an API path|CONNECT /v1/promo_codes HTTP/1.1\\r\\nHost: localhost\\r\\n|501|not_implemented",
            "CONNECT in authority form|CONNECT localhost:443 HTTP/1.1\\r\\nHost: localhost\\r\\n|501|not_implemented",
            "an unknown transfer coding|POST /v1/promo_codes HTTP/1.1\\r\\nHost: localhost\\r\\nTransfer-Encoding: xchunked\\r\\n|501|not_implemented",
            "an unknown HTTP version|GET /v1/promo_codes HTTP/3.0\\r\\nHost: localhost\\r\\n|505|not_implemented",
            "an unknown expectation|GET /v1/promo_codes HTTP/1.1\\r\\nHost: localhost\\r\\nExpect: 200-ok\\r\\n|417|invalid_request"})
    void whatTheServerDoesNotImplementIsAnsweredAsHttpSays(String name, String head, int status, String code) throws IOException {
        String answer = raw(head.replace("\\r\\n", "\r\n") + FLEX_KEY + "Connection: close\r\n\r\n");

        assertThat(answer).as(answer).startsWith("HTTP/1.1 " + status + " ").contains("application/json")
                .contains("\"code\":\"" + code + "\"").doesNotContain("Exception");
    }

    @Test
    void moreQueryParametersThanAnyOperationTakesAre400OnEveryList() throws IOException {
        String many = IntStream.range(0, 1200).mapToObj(i -> Integer.toString(i, 36) + "=1").collect(Collectors.joining("&"));
        for (Endpoint list : endpoints(OperationKind.LIST)) {
            String answer = raw("GET " + list.operation().pathTemplate() + "?" + many + " HTTP/1.1\r\nHost: localhost\r\n"
                    + list.authorization() + "Connection: close\r\n\r\n");

            assertThat(answer).as(answer).startsWith("HTTP/1.1 400 ").contains("more than 100 parameters");
        }
    }

    @Test
    void aParameterGivenTwiceIsRefusedAndNothingIsStored() throws IOException {
        long stored = storedRows();
        String body = "{\"promo_code\":{\"coupon_id\":\"fcoup_1234567890\",\"code\":\"TWICE1\"}}";
        String twoKeys = raw("POST /v1/promo_codes HTTP/1.1\r\nHost: localhost\r\n" + FLEX_KEY + "Idempotency-Key: k1\r\n"
                + "Idempotency-Key: k2\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        String twoLimits = raw("GET /v1/promo_codes?limit=1&limit=2 HTTP/1.1\r\nHost: localhost\r\n" + FLEX_KEY
                + "Connection: close\r\n\r\n");

        assertThat(twoKeys).as(twoKeys).startsWith("HTTP/1.1 400 ").contains("Idempotency-Key: must be given once");
        assertThat(twoLimits).as(twoLimits).startsWith("HTTP/1.1 400 ").contains("limit: must be given once");
        assertThat(storedRows()).isEqualTo(stored);
    }

    @Test
    void everyGetOperationAnswersHeadAsItAnswersGetWithoutTheBody() throws IOException {
        for (Endpoint read : endpoints(null)) {
            if (!read.operation().method().equals("GET")) {
                continue;
            }
            String path = read.kind() == OperationKind.READ_ONE
                    ? read.operation().pathTemplate().replaceFirst("\\{[^}]+}", createdId(read)) : read.operation().pathTemplate();
            String get = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + read.authorization() + "Connection: close\r\n\r\n");
            String head = raw("HEAD " + path + " HTTP/1.1\r\nHost: localhost\r\n" + read.authorization() + "Connection: close\r\n\r\n");

            assertThat(get).as(get).startsWith("HTTP/1.1 200 ");
            assertThat(head).as(read.operation() + ": " + head).startsWith("HTTP/1.1 200 ").contains("Content-Type: application/json")
                    .endsWith("\r\n\r\n");
        }
    }

    @Test
    void aMethodNotAllowedNamesTheMethodsThePathHas() throws IOException {
        String trace = raw("TRACE /v1/promo_codes HTTP/1.1\r\nHost: localhost\r\n" + FLEX_KEY + "Connection: close\r\n\r\n");
        String traceHealth = raw("TRACE /health HTTP/1.1\r\nHost: localhost\r\nX-Echo: secret\r\nConnection: close\r\n\r\n");
        String postHealth = raw("POST /health HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        assertThat(trace).as(trace).startsWith("HTTP/1.1 405 ").contains("Allow: GET, HEAD, POST\r\n");
        assertThat(traceHealth).as(traceHealth).startsWith("HTTP/1.1 405 ").contains("Allow: GET, HEAD\r\n")
                .as("TRACE is never echoed").doesNotContain("secret", "message/http");
        assertThat(postHealth).as(postHealth).startsWith("HTTP/1.1 405 ").contains("Allow: GET, HEAD\r\n");
    }

    /** An operation of a spec, with the demo key of its API's world. */
    private record Endpoint(ApiWorld world, ApiSpec spec, SpecOperation operation, OperationKind kind) {
        String authorization() {
            return "Authorization: " + world.authorization + "\r\n";
        }
    }

    private static List<Endpoint> endpoints(OperationKind only) {
        return java.util.Arrays.stream(ApiWorld.values()).flatMap(world -> {
            ApiSpec spec = ApiSpec.named(world.apiName());
            return SpecConformance.of(spec).operations().stream().map(operation -> new Endpoint(world, spec, operation,
                    OperationKind.of(operation.method(), operation.pathTemplate(), operation.takesBody())));
        }).filter(endpoint -> only == null || endpoint.kind() == only).toList();
    }

    /** The id of an object made, for a read-one operation, by the create of its collection with its first example. */
    private String createdId(Endpoint read) throws IOException {
        Endpoint create = endpoints(OperationKind.CREATE).stream().filter(candidate -> candidate.world() == read.world()
                && OperationKind.sameCollection(candidate.operation().pathTemplate(), read.operation().pathTemplate())).findFirst()
                .orElseThrow();
        String operationId = create.operation().operationId();
        JsonNode body = read.world().createBody(create.spec().requestExample(operationId,
                create.spec().requestExampleNames(operationId).get(0)), create.operation().uniqueMember().orElse(null),
                "HEAD" + System.nanoTime() % 1_000_000);
        var reply = api.send(create.operation().method(), create.operation().pathTemplate(), read.world().authorization,
                "application/json", body.toString());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return JSON.readTree(reply.text()).elements().next().get(read.operation().idMember().orElseThrow()).asText();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
