package io.promocontracts.server.flowglad;

/**
 * A discount as a caller asks it to be after an update. {@code id} repeats the path's, as the
 * vendor's update schema requires; {@code name} and {@code active} are null when they keep their value.
 */
public record DiscountChange(
        String id,
        String name,
        String code,
        long amount,
        String amountType,
        Boolean active,
        DiscountDuration duration,
        Integer numberOfPayments) {
}
