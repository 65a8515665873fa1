package io.promocontracts.server;

import org.junit.jupiter.api.Tag;
import io.promocontracts.testkit.DemoKeys;
import io.promocontracts.server.flex.FlexPromoCodesTest;
import io.promocontracts.server.flowglad.FlowgladDiscountUpdatesTest;
import io.promocontracts.server.flowglad.FlowgladDiscountsTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many parallel creates of one code: the database constraint lets exactly one through. Many parallel
 * updates of one object: it ends as one of them sent it, never a mix. Many parallel creates of
 * different codes: the list's kept total counts every one.
 */
@Tag(ServiceTest.ON_POSTGRESQL)
class ConcurrencyTest extends ApiIntegrationTest {

    private static final int PARALLEL = 16;

    @Test
    void parallelPromoCodesWithOneCodeGiveOneSuccess() throws Exception {
        String code = FlexPromoCodesTest.uniqueCode();
        List<Integer> statuses = race(() -> api.createPromoCode(DemoKeys.FLEX_ACME_TEST,
                FlexPromoCodesTest.request("fcoup_1234567890", code)).status());

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    }

    @Test
    void parallelDiscountsWithOneCodeGiveOneSuccess() throws Exception {
        var body = FlowgladDiscountsTest.discount("once", FlowgladDiscountsTest.uniqueCode());
        List<Integer> statuses = race(() -> api.createDiscount(DemoKeys.FLOWGLAD_ACME_TEST, body).status());

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    }

    @Test
    void parallelDiscountsAreEachCountedInTheListTotal() throws Exception {
        int before = listTotal();
        List<Integer> statuses = race(() -> api.createDiscount(DemoKeys.FLOWGLAD_ACME_TEST,
                FlowgladDiscountsTest.discount("once", FlowgladDiscountsTest.uniqueCode())).status());

        assertThat(statuses).containsOnly(200);
        assertThat(listTotal()).isEqualTo(before + PARALLEL);
    }

    @Test
    void parallelUpdatesOfOnePromoCodeLeaveItAsOneOfThemSentIt() throws Exception {
        String id = api.createPromoCode(DemoKeys.FLEX_ACME_TEST, FlexPromoCodesTest.request("fcoup_1234567890",
                FlexPromoCodesTest.uniqueCode())).json().at("/promo_code/promo_code_id").asString();
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = race(() -> {
            int n = next.getAndIncrement();
            String change = "{\"promo_code\":{\"active\":" + (n % 2 == 0) + ",\"metadata\":{\"a\":\"" + n + "\",\"b\":\"" + n + "\"}}}";
            return api.updatePromoCode(DemoKeys.FLEX_ACME_TEST, id, change).status();
        });

        assertThat(statuses).containsOnly(200);
        JsonNode stored = api.get("/v1/promo_codes/" + id, DemoKeys.FLEX_ACME_TEST).json().get("promo_code");
        int n = Integer.parseInt(stored.at("/metadata/a").asString());
        assertThat(stored.at("/metadata/b").asString()).isEqualTo(String.valueOf(n));
        assertThat(stored.get("active").asBoolean()).isEqualTo(n % 2 == 0);
    }

    @Test
    void parallelUpdatesOfOneDiscountLeaveItAsOneOfThemSentIt() throws Exception {
        JsonNode created = api.createDiscount(DemoKeys.FLOWGLAD_ACME_TEST,
                FlowgladDiscountsTest.discount("once", FlowgladDiscountsTest.uniqueCode())).json().get("discount");
        String prefix = FlowgladDiscountsTest.uniqueCode().substring(0, 8);
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = race(() -> {
            int n = next.getAndIncrement();
            ObjectNode change = FlowgladDiscountUpdatesTest.documentedChange(created, prefix + "N" + n);
            ((ObjectNode) change.get("discount")).put("name", "update " + n).put("amount", 100 + n).put("numberOfPayments", 1 + n);
            return api.updateDiscount(DemoKeys.FLOWGLAD_ACME_TEST, created.get("id").asString(), change).status();
        });

        assertThat(statuses).containsOnly(200);
        JsonNode stored = api.get("/api/v1/discounts/" + created.get("id").asString(), DemoKeys.FLOWGLAD_ACME_TEST).json().get("discount");
        int n = Integer.parseInt(stored.get("name").asString().substring("update ".length()));
        assertThat(stored.get("code").asString()).isEqualTo((prefix + "N" + n).toUpperCase());
        assertThat(stored.get("amount").asInt()).isEqualTo(100 + n);
        assertThat(stored.get("numberOfPayments").asInt()).isEqualTo(1 + n);
    }

    private int listTotal() {
        return api.get("/api/v1/discounts?limit=1", DemoKeys.FLOWGLAD_ACME_TEST).json().get("total").asInt();
    }

    private static List<Integer> race(Callable<Integer> create) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> replies = IntStream.range(0, PARALLEL)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return create.call();
                    }))
                    .toList();
            start.countDown();
            return replies.stream().map(ConcurrencyTest::get).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Integer get(Future<Integer> reply) {
        try {
            return reply.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
