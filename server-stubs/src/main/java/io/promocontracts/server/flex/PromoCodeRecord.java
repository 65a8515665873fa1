package io.promocontracts.server.flex;

import java.time.OffsetDateTime;
import java.util.Map;

/** A stored promo code with the coupon it applies. */
public record PromoCodeRecord(
        String promoCodeId,
        String code,
        CouponRecord coupon,
        Integer maxRedemptions,
        int timesRedeemed,
        OffsetDateTime createdAt,
        String customer,
        boolean active,
        Map<String, String> metadata,
        boolean testMode) {
}
