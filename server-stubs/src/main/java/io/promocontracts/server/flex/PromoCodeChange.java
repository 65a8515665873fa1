package io.promocontracts.server.flex;

import java.util.Map;

/** What a caller asks to change of a promo code; a member that is null keeps its value. */
public record PromoCodeChange(Boolean active, Map<String, String> metadata) {

    public PromoCodeChange {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }
}
