package io.promocontracts.server.idempotency;

import org.junit.jupiter.api.Tag;
import io.promocontracts.server.ServiceTest;
import io.promocontracts.server.ApiClient;
import io.promocontracts.server.ApiIntegrationTest;
import io.promocontracts.server.flex.FlexPromoCodesTest;
import io.promocontracts.server.flowglad.FlowgladDiscountsTest;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.OperationKind;
import io.promocontracts.specs.SpecOperation;
import io.promocontracts.testkit.ApiWorld;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.promocontracts.testkit.DemoKeys.FLEX_ACME_LIVE;
import static io.promocontracts.testkit.DemoKeys.FLEX_ACME_TEST;
import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_ACME_LIVE;
import static io.promocontracts.testkit.DemoKeys.FLOWGLAD_ACME_TEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code Idempotency-Key} on both APIs' creates, over HTTP against the real database: its rules
 * through a create of each API, and the race of retries through every create of the catalog.
 */
@Tag(ServiceTest.ON_POSTGRESQL)
class IdempotencyKeyTest extends ApiIntegrationTest {

    /** Each API's create, as a client sends it. */
    enum Create {
        FLEX("/v1/promo_codes", "Bearer " + FLEX_ACME_TEST, "Bearer " + FLEX_ACME_LIVE, "/promo_code/promo_code_id", "idempotency_error") {
            @Override
            ObjectNode body(String code) {
                return FlexPromoCodesTest.request("fcoup_1234567890", code);
            }
        },
        FLOWGLAD("/api/v1/discounts", FLOWGLAD_ACME_TEST, FLOWGLAD_ACME_LIVE, "/discount/id", "BAD_REQUEST") {
            @Override
            ObjectNode body(String code) {
                return FlowgladDiscountsTest.discount("once", code);
            }
        };

        final String path;
        final String testKey;
        final String liveKey;
        final String idPointer;
        final String reusedCode;

        Create(String path, String testKey, String liveKey, String idPointer, String reusedCode) {
            this.path = path;
            this.testKey = testKey;
            this.liveKey = liveKey;
            this.idPointer = idPointer;
            this.reusedCode = reusedCode;
        }

        abstract ObjectNode body(String code);
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void aRetryWithTheSameKeyAndBodyAnswersTheFirstObjectAndCreatesNothing(Create create) {
        String body = ApiClient.json(create.body(uniqueCode()));
        String key = UUID.randomUUID().toString();
        ApiClient.Reply first = send(create, create.testKey, key, body);
        long stored = storedRows();

        ApiClient.Reply retry = send(create, create.testKey, key, body);

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(retry.status()).as(retry.text()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(storedRows()).isEqualTo(stored);
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void theSameKeyWithAnotherBodyIsRefusedAndWritesNothing(Create create) {
        String key = UUID.randomUUID().toString();
        assertThat(send(create, create.testKey, key, ApiClient.json(create.body(uniqueCode()))).status()).isEqualTo(200);
        long stored = storedRows();

        ApiClient.Reply other = send(create, create.testKey, key, ApiClient.json(create.body(uniqueCode())));

        assertThat(other.status()).as(other.text()).isEqualTo(400);
        assertThat(other.text()).contains(create.reusedCode).contains("same body as the first request");
        assertThat(storedRows()).isEqualTo(stored);
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void aFailedCreateLeavesItsKeyFreeForTheCorrectedRequest(Create create) {
        String code = uniqueCode();
        assertThat(send(create, create.testKey, null, ApiClient.json(create.body(code))).status()).isEqualTo(200);
        String key = UUID.randomUUID().toString();

        ApiClient.Reply taken = send(create, create.testKey, key, ApiClient.json(create.body(code)));
        ApiClient.Reply corrected = send(create, create.testKey, key, ApiClient.json(create.body(uniqueCode())));

        assertThat(taken.status()).as(taken.text()).isEqualTo(409);
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void keysAreScopedToTheModeOfTheApiKey(Create create) {
        String key = UUID.randomUUID().toString();
        String body = ApiClient.json(create.body(uniqueCode()));

        ApiClient.Reply test = send(create, create.testKey, key, body);
        ApiClient.Reply live = send(create, create.liveKey, key, body);

        assertThat(test.status()).as(test.text()).isEqualTo(200);
        assertThat(live.json().at(create.idPointer)).as(live.text()).isNotEqualTo(test.json().at(create.idPointer));
        assertThat(live.text()).doesNotContain("same body as the first request");
    }

    /** Every create of every spec: its API's world, the operation, and where its answer holds the new object's id. */
    record CatalogCreate(ApiWorld world, SpecOperation operation, String idPointer) {

        String body(String unique) {
            ApiSpec spec = ApiSpec.named(world.apiName());
            String example = spec.requestExampleNames(operation.operationId()).get(0);
            return world.createBody(spec.requestExample(operation.operationId(), example), operation.uniqueMember().orElse(null), unique)
                    .toString();
        }

        @Override
        public String toString() {
            return operation.operationId();
        }
    }

    static List<CatalogCreate> creates() {
        List<CatalogCreate> creates = new ArrayList<>();
        for (ApiWorld world : ApiWorld.values()) {
            List<SpecOperation> operations = ApiSpec.named(world.apiName()).operations();
            for (SpecOperation create : operations) {
                if (create.kind() == OperationKind.CREATE) {
                    String wrapper = create.requestSchema().orElseThrow().path("required").get(0).asText();
                    String id = operations.stream().filter(read -> read.kind() == OperationKind.READ_ONE
                                    && OperationKind.sameCollection(read.pathTemplate(), create.pathTemplate()))
                            .findFirst().flatMap(SpecOperation::idMember).orElseThrow();
                    creates.add(new CatalogCreate(world, create, "/" + wrapper + "/" + id));
                }
            }
        }
        return creates;
    }

    /** Retries racing the first create: one object, and the others wait for it or are told it is still running (409). */
    @ParameterizedTest
    @MethodSource("creates")
    void concurrentRetriesCreateOneObject(CatalogCreate create) throws Exception {
        String body = create.body(uniqueCode());
        String key = UUID.randomUUID().toString();
        long stored = storedRows();
        List<Callable<ApiClient.Reply>> retries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            retries.add(() -> send(create, key, body));
        }

        List<JsonNode> created = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<ApiClient.Reply> answer : pool.invokeAll(retries)) {
                ApiClient.Reply reply = answer.get();
                assertThat(reply.status()).as(reply.text()).isIn(200, 409);
                if (reply.status() == 200) {
                    created.add(reply.json().at(create.idPointer()));
                } else {
                    assertThat(reply.text()).contains("is still being processed");
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(created).isNotEmpty().allMatch(id -> id.equals(created.get(0)));
        assertThat(storedRows()).isEqualTo(stored + 1);
        assertThat(send(create, key, body).json().at(create.idPointer())).isEqualTo(created.get(0));
    }

    @ParameterizedTest
    @EnumSource(Create.class)
    void aKeyOutsideItsSchemaIsABadRequest(Create create) {
        long stored = storedRows();

        ApiClient.Reply reply = send(create, create.testKey, "two words", ApiClient.json(create.body(uniqueCode())));

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.text()).contains("Idempotency-Key");
        assertThat(storedRows()).isEqualTo(stored);
    }

    private ApiClient.Reply send(Create create, String authorization, String idempotencyKey, String body) {
        return api.send("POST", create.path, authorization, "application/json", body,
                idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
    }

    private ApiClient.Reply send(CatalogCreate create, String idempotencyKey, String body) {
        return api.send(create.operation().method(), create.operation().pathTemplate(), create.world().authorization,
                "application/json", body, Map.of("Idempotency-Key", idempotencyKey));
    }

    private static String uniqueCode() {
        return FlowgladDiscountsTest.uniqueCode();
    }
}
