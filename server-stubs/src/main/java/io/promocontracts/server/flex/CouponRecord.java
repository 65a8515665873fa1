package io.promocontracts.server.flex;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A Flex coupon of one account and mode. At least one of {@code amountOff} and {@code percentOff} is set. */
public record CouponRecord(
        String couponId,
        String accountId,
        boolean testMode,
        String name,
        Long amountOff,
        Double percentOff,
        List<String> appliesToProducts,
        CouponDuration duration,
        Integer durationInMonths,
        Integer maxRedemptions,
        int timesRedeemed,
        boolean valid,
        Map<String, String> metadata,
        OffsetDateTime createdAt) {

    public enum CouponDuration { once, repeating, forever }
}
