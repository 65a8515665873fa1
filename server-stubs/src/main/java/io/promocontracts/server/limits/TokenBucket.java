package io.promocontracts.server.limits;

/**
 * Requests per second with bursts: holds up to {@code burst} tokens, refilled at {@code perSecond};
 * each request takes one. Time is given by the caller, so that it can be tested without waiting.
 */
final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long refilledAt;

    TokenBucket(double perSecond, int burst, long now) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** Takes a token: 0 when one was there, else the nanoseconds until one will be (nothing taken). */
    synchronized long take(long now) {
        tokens = Math.min(burst, tokens + (now - refilledAt) * perSecond / NANOS_PER_SECOND);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / perSecond);
    }
}
