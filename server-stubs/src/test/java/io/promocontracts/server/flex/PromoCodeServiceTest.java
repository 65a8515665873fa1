package io.promocontracts.server.flex;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.server.ServiceTest;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.idempotency.IdempotencyKey;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.testkit.DemoKeys;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flex's rules for promo codes that no schema states: a promo code applies a valid coupon of its
 * own account and mode, within the coupon's redemptions; its code is unique regardless of case
 * among the active codes of an account and mode; what a caller reads and changes is its own; an
 * idempotency key answers a retry with the first create.
 */
class PromoCodeServiceTest extends ServiceTest {

    private static final Caller ACME = new Caller(DemoKeys.FLEX_ACME, false);
    private static final Caller ACME_LIVE = new Caller(DemoKeys.FLEX_ACME, true);
    private static final Caller GLOBEX = new Caller("acct_globex", false);
    private static final String DOCUMENTED_COUPON = "fcoup_1234567890";
    private static final String TEST_ONLY_COUPON = "fcoup_01jvajb0g9q2w8k4m6t3r5y7zx";
    private static final String INVALID_COUPON = "fcoup_01jvajb0g9q2w8k4m6t3r5y801";

    @Autowired
    PromoCodeService promoCodes;

    @Test
    void aPromoCodeAppliesACouponOfItsOwnAccountAndModeOnly() {
        long stored = data.storedObjects();

        assertFails(Failure.RESOURCE_MISSING, () -> create(ACME_LIVE, TEST_ONLY_COUPON, uniqueCode()));
        assertFails(Failure.RESOURCE_MISSING, () -> create(GLOBEX, DOCUMENTED_COUPON, uniqueCode()));
        assertFails(Failure.RESOURCE_MISSING, () -> create(ACME, "fcoup_99999999999999", uniqueCode()));

        assertThat(data.storedObjects()).isEqualTo(stored);
        assertThat(create(ACME, TEST_ONLY_COUPON.toUpperCase(), uniqueCode()).coupon().couponId()).as("ids match in either case")
                .isEqualTo(TEST_ONLY_COUPON);
    }

    @Test
    void aCouponNoLongerValidGetsNoNewCodesAndNoneRedeemableMoreOftenThanIt() {
        assertFails(Failure.INVALID_REQUEST, () -> create(ACME, INVALID_COUPON, uniqueCode()));
        assertFails(Failure.INVALID_REQUEST, () -> promoCodes.create(ACME, Optional.empty(),
                new NewPromoCode(DOCUMENTED_COUPON, uniqueCode(), 101, null, Map.of())));

        assertThat(promoCodes.create(ACME, Optional.empty(), new NewPromoCode(DOCUMENTED_COUPON, uniqueCode(), 100, null, Map.of()))
                .maxRedemptions()).isEqualTo(100);
    }

    @Test
    void aCodeIsUniqueRegardlessOfCaseAmongTheActiveCodesOfAnAccountAndMode() {
        String code = uniqueCode();
        PromoCodeRecord first = create(ACME, DOCUMENTED_COUPON, code);

        assertFails(Failure.CONFLICT, () -> create(ACME, DOCUMENTED_COUPON, code.toLowerCase()));
        assertThat(create(ACME_LIVE, DOCUMENTED_COUPON, code).code()).as("another mode").isEqualTo(code);
        assertThat(create(GLOBEX, "fcoup_01jvajb0g9q2w8k4m6t3r5y802", code).code()).as("another account").isEqualTo(code);

        promoCodes.update(ACME, first.promoCodeId(), new PromoCodeChange(false, null));
        PromoCodeRecord second = create(ACME, DOCUMENTED_COUPON, code.toLowerCase());
        assertFails(Failure.CONFLICT, () -> promoCodes.update(ACME, first.promoCodeId(), new PromoCodeChange(true, null)));
        promoCodes.update(ACME, second.promoCodeId(), new PromoCodeChange(false, null));
        assertThat(promoCodes.update(ACME, first.promoCodeId(), new PromoCodeChange(true, null)).active()).isTrue();
    }

    @Test
    void aCodeIsGeneratedWhenNoneIsGiven() {
        PromoCodeRecord created = promoCodes.create(ACME, Optional.empty(), new NewPromoCode(DOCUMENTED_COUPON, null, null, null, null));

        assertThat(created.code()).matches("[A-HJ-NP-Z2-9]{10}");
        assertThat(created.metadata()).isEmpty();
    }

    @Test
    void whatACallerReadsAndChangesIsItsOwn() {
        PromoCodeRecord created = create(ACME, DOCUMENTED_COUPON, uniqueCode());

        assertThat(promoCodes.retrieve(ACME, created.promoCodeId().toUpperCase())).isEqualTo(created);
        for (Caller other : List.of(ACME_LIVE, GLOBEX)) {
            assertFails(Failure.NO_SUCH_OBJECT, () -> promoCodes.retrieve(other, created.promoCodeId()));
            assertFails(Failure.NO_SUCH_OBJECT, () -> promoCodes.update(other, created.promoCodeId(), new PromoCodeChange(false, null)));
            assertThat(promoCodes.list(other, null, 100, null).promoCodes()).doesNotContain(created);
        }
        assertThat(promoCodes.retrieve(ACME, created.promoCodeId()).active()).as("unchanged by the others").isTrue();
    }

    @Test
    void anUpdateChangesWhatItGivesAndKeepsTheRest() {
        PromoCodeRecord created = promoCodes.create(ACME, Optional.empty(),
                new NewPromoCode(DOCUMENTED_COUPON, uniqueCode(), null, null, Map.of("a", "1")));

        PromoCodeRecord deactivated = promoCodes.update(ACME, created.promoCodeId(), new PromoCodeChange(false, null));
        PromoCodeRecord relabelled = promoCodes.update(ACME, created.promoCodeId(), new PromoCodeChange(null, Map.of("b", "2")));

        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.metadata()).isEqualTo(Map.of("a", "1"));
        assertThat(relabelled.active()).isFalse();
        assertThat(relabelled.metadata()).as("replaced whole").isEqualTo(Map.of("b", "2"));
        assertThat(promoCodes.retrieve(ACME, created.promoCodeId())).isEqualTo(relabelled);
    }

    @Test
    void aListPagesThroughAnAccountsPromoCodesNewestFirstFilteredByActivity() {
        String key = "fsk_test_service_" + uniqueCode().toLowerCase();
        Caller own = new Caller("acct_service_" + uniqueCode().toLowerCase(), false);
        data.flexAccount(own.tenantId(), key, false);
        data.flexCoupon(own.tenantId(), coupon());
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, create(own, DOCUMENTED_COUPON, uniqueCode()).promoCodeId());
        }
        promoCodes.update(own, created.get(1), new PromoCodeChange(false, null));

        List<String> paged = new ArrayList<>();
        PromoCodePage page = promoCodes.list(own, null, 2, null);
        paged.addAll(ids(page));
        while (page.hasMore()) {
            page = promoCodes.list(own, null, 2, paged.get(paged.size() - 1).toUpperCase());
            paged.addAll(ids(page));
        }

        // Newest first by id: ids begin with their creation millisecond, and two of one millisecond go by the rest of the id.
        assertThat(paged).containsExactlyInAnyOrderElementsOf(created).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ids(promoCodes.list(own, false, 100, null))).containsExactly(created.get(1));
        assertThat(ids(promoCodes.list(own, true, 100, null))).hasSize(4).doesNotContain(created.get(1));
    }

    @Test
    void anIdempotencyKeyAnswersARetryWithTheFirstCreate() {
        IdempotencyKey key = new IdempotencyKey("createPromoCode", UUID.randomUUID().toString(), "digest-of-the-body");
        NewPromoCode request = new NewPromoCode(DOCUMENTED_COUPON, uniqueCode(), null, null, Map.of());
        PromoCodeRecord first = promoCodes.create(ACME, Optional.of(key), request);
        long stored = data.storedObjects();

        PromoCodeRecord retried = promoCodes.create(ACME, Optional.of(key), request);

        assertThat(retried).isEqualTo(first);
        assertThat(data.storedObjects()).isEqualTo(stored);
        assertFails(Failure.IDEMPOTENCY_KEY_REUSED, () -> promoCodes.create(ACME,
                Optional.of(new IdempotencyKey(key.operation(), key.value(), "digest-of-another-body")), request));
        assertThat(promoCodes.create(GLOBEX, Optional.of(key), new NewPromoCode("fcoup_01jvajb0g9q2w8k4m6t3r5y802", uniqueCode(), null,
                null, Map.of())).promoCodeId()).as("a key is its account's").isNotEqualTo(first.promoCodeId());
    }

    private PromoCodeRecord create(Caller caller, String couponId, String code) {
        return promoCodes.create(caller, Optional.empty(), new NewPromoCode(couponId, code, null, null, Map.of()));
    }

    private static List<String> ids(PromoCodePage page) {
        return page.promoCodes().stream().map(PromoCodeRecord::promoCodeId).toList();
    }

    /** The documented coupon in test mode, as the spec's example embeds it, for an account of the test's own. */
    static JsonNode coupon() {
        return ApiSpec.named("flex").responseExample("createPromoCode", 200, "minimal").at("/promo_code/coupon");
    }

    static void assertFails(Failure failure, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.failure()).isEqualTo(failure));
    }

    static String uniqueCode() {
        return "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 15).toUpperCase();
    }
}
