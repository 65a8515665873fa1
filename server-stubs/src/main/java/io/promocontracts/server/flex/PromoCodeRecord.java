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

    /** This promo code with another activity and metadata: all an update can change. */
    PromoCodeRecord with(boolean active, Map<String, String> metadata) {
        return new PromoCodeRecord(promoCodeId, code, coupon, maxRedemptions, timesRedeemed, createdAt, customer, active,
                metadata, testMode);
    }
}
