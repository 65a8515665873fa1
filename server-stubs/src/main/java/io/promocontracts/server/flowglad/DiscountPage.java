package io.promocontracts.server.flowglad;

import java.util.List;

/**
 * One page of a list of discounts: the discounts, whether more follow, how many the caller has in
 * all, the cursor this page started at (null for the first) and the one the next page starts at.
 */
public record DiscountPage(List<DiscountRecord> discounts, boolean hasMore, int total, String currentCursor, String nextCursor) {

    public DiscountPage {
        discounts = List.copyOf(discounts);
    }
}
