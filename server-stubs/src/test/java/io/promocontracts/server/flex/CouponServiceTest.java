package io.promocontracts.server.flex;

import io.promocontracts.server.ServiceTest;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.idempotency.IdempotencyKey;
import io.promocontracts.testkit.DemoKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.promocontracts.server.flex.PromoCodeServiceTest.assertFails;
import static io.promocontracts.server.flex.PromoCodeServiceTest.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flex's coupons: one is kept as it was asked for (an amount, a percentage or both, months with
 * any duration), is its account's and mode's only, and a list pages through them newest first,
 * each once.
 */
class CouponServiceTest extends ServiceTest {

    private static final Caller ACME = new Caller(DemoKeys.FLEX_ACME, false);

    @Autowired
    CouponService coupons;

    @Test
    void aCouponIsKeptAsAskedFor() {
        NewCoupon asked = new NewCoupon("Both", 100L, 10.0, CouponRecord.CouponDuration.once, 12, 5, List.of("prod_a", "prod_b"),
                Map.of("k", "v"));

        CouponRecord created = coupons.create(ACME, Optional.empty(), asked);

        assertThat(created).extracting(CouponRecord::name, CouponRecord::amountOff, CouponRecord::percentOff, CouponRecord::duration,
                        CouponRecord::durationInMonths, CouponRecord::maxRedemptions, CouponRecord::appliesToProducts, CouponRecord::metadata)
                .containsExactly("Both", 100L, 10.0, CouponRecord.CouponDuration.once, 12, 5, List.of("prod_a", "prod_b"), Map.of("k", "v"));
        assertThat(created.valid()).isTrue();
        assertThat(created.timesRedeemed()).isZero();
        assertThat(created.testMode()).isTrue();
        assertThat(coupons.retrieve(ACME, created.couponId())).isEqualTo(created);
    }

    @Test
    void aCouponIsItsAccountsAndModesOnly() {
        CouponRecord created = coupons.create(ACME, Optional.empty(), percentOff(25));

        assertFails(Failure.NO_SUCH_OBJECT, () -> coupons.retrieve(new Caller(DemoKeys.FLEX_ACME, true), created.couponId()));
        assertFails(Failure.NO_SUCH_OBJECT, () -> coupons.retrieve(new Caller("acct_globex", false), created.couponId()));
    }

    @Test
    void aListPagesThroughAnAccountsCouponsNewestFirst() {
        Caller own = new Caller("acct_coupons_" + uniqueCode().toLowerCase(), false);
        data.flexAccount(own.tenantId(), "fsk_test_coupons_" + uniqueCode().toLowerCase(), false);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, coupons.create(own, Optional.empty(), percentOff(i + 1)).couponId());
        }

        List<String> paged = new ArrayList<>();
        CouponPage page = coupons.list(own, 2, null);
        page.coupons().forEach(coupon -> paged.add(coupon.couponId()));
        while (page.hasMore()) {
            page = coupons.list(own, 2, paged.get(paged.size() - 1));
            page.coupons().forEach(coupon -> paged.add(coupon.couponId()));
        }

        // Newest first by id: ids begin with their creation millisecond, and two of one millisecond go by the rest of the id.
        assertThat(paged).containsExactlyInAnyOrderElementsOf(created).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void anIdempotencyKeyAnswersARetryWithTheFirstCoupon() {
        IdempotencyKey key = new IdempotencyKey("createCoupon", UUID.randomUUID().toString(), "digest");
        CouponRecord first = coupons.create(ACME, Optional.of(key), percentOff(5));

        assertThat(coupons.create(ACME, Optional.of(key), percentOff(5))).isEqualTo(first);
    }

    private static NewCoupon percentOff(double percent) {
        return new NewCoupon(null, null, percent, CouponRecord.CouponDuration.forever, null, null, null, null);
    }
}
