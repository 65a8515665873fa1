package io.promocontracts.server.flex;

import java.util.List;

/** One page of a list of coupons, and whether more follow it. */
public record CouponPage(List<CouponRecord> coupons, boolean hasMore) {

    public CouponPage {
        coupons = List.copyOf(coupons);
    }
}
