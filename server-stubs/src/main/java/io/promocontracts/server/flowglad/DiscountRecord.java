package io.promocontracts.server.flowglad;

import java.time.OffsetDateTime;

/** A stored discount; {@code numberOfPayments} is set exactly when the duration counts payments. */
public record DiscountRecord(
        String id,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        boolean livemode,
        String organizationId,
        String name,
        String code,
        long amount,
        String amountType,
        boolean active,
        DiscountDuration duration,
        Integer numberOfPayments) {
}
