package io.promocontracts.server.flex;

import java.util.Map;

/** What a caller asks to create; {@code code}, {@code maxRedemptions} and {@code customer} may be null. */
public record NewPromoCode(String couponId, String code, Integer maxRedemptions, String customer, Map<String, String> metadata) {

    public NewPromoCode {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
