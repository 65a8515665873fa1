package io.promocontracts.server.flowglad;

/** The variants of Flowglad's discount union; only {@code number_of_payments} has a number of payments. */
public enum DiscountDuration {
    once, number_of_payments, forever;

    public boolean countsPayments() {
        return this == number_of_payments;
    }
}
