package io.promocontracts.server.flowglad;

/**
 * What a caller asks to create. {@code organizationId} and {@code livemode} are null when the body
 * leaves them out; {@code active} is null when it should default.
 */
public record NewDiscount(
        String organizationId,
        Boolean livemode,
        String name,
        String code,
        long amount,
        String amountType,
        Boolean active,
        DiscountDuration duration,
        Integer numberOfPayments) {
}
