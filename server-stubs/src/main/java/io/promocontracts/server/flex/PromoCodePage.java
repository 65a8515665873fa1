package io.promocontracts.server.flex;

import java.util.List;

/** One page of a list of promo codes, and whether more follow it. */
public record PromoCodePage(List<PromoCodeRecord> promoCodes, boolean hasMore) {

    public PromoCodePage {
        promoCodes = List.copyOf(promoCodes);
    }
}
