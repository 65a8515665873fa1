package io.promocontracts.server.flex;

import java.util.List;
import java.util.Map;

/** What a caller asks to create: at least one of {@code amountOff} and {@code percentOff}; the spec holds the rest. */
public record NewCoupon(String name, Long amountOff, Double percentOff, CouponRecord.CouponDuration duration,
                        Integer durationInMonths, Integer maxRedemptions, List<String> appliesToProducts,
                        Map<String, String> metadata) {

    public NewCoupon {
        appliesToProducts = appliesToProducts == null ? null : List.copyOf(appliesToProducts);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
