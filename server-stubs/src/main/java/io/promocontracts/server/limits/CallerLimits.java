package io.promocontracts.server.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Each caller's share of the server, as Stripe meters it: a rate of requests and a number of
 * requests held at once, per API key's tenant and mode. What is over either is answered 429 with
 * {@code Retry-After} before it costs anything but its authentication.
 */
@Component
@EnableConfigurationProperties(LimitsProperties.class)
public class CallerLimits {

    /** A caller not heard from for this long starts afresh: its bucket would be full by then anyway. */
    private static final Duration IDLE = Duration.ofMinutes(10);

    private final LimitsProperties limits;
    private final Cache<Caller, Usage> usage;

    public CallerLimits(LimitsProperties limits) {
        this.limits = limits;
        this.usage = Caffeine.newBuilder().expireAfterAccess(IDLE).build();
    }

    /** One of the caller's requests under way; closing it gives its place back, once. */
    public static final class Permit implements AutoCloseable {
        private final AtomicInteger held;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Permit(AtomicInteger held) {
            this.held = held;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                held.decrementAndGet();
            }
        }
    }

    private record Usage(TokenBucket rate, AtomicInteger held) {
    }

    /** How long a request body may take to arrive after its headers. */
    public Duration bodyTimeout() {
        return limits.bodyTimeout();
    }

    /** @throws ApiException {@code TOO_MANY_REQUESTS} when the caller is over its rate or holds too many requests already */
    public Permit admit(Caller caller) {
        long now = System.nanoTime();
        Usage of = usage.get(caller, first -> new Usage(new TokenBucket(limits.requestsPerSecond(), limits.burst(), now), new AtomicInteger()));
        long wait = of.rate().take(now);
        if (wait > 0) {
            throw tooMany("Too many requests: this API key may send " + rate() + " per second; retry later.", wait);
        }
        if (of.held().incrementAndGet() > limits.concurrentRequests()) {
            of.held().decrementAndGet();
            throw tooMany("Too many concurrent requests: this API key may have " + limits.concurrentRequests()
                    + " under way at once; retry later.", TimeUnit.SECONDS.toNanos(1));
        }
        return new Permit(of.held());
    }

    private String rate() {
        double perSecond = limits.requestsPerSecond();
        return perSecond == Math.rint(perSecond) ? String.valueOf((long) perSecond) : String.valueOf(perSecond);
    }

    private static ApiException tooMany(String message, long retryAfterNanos) {
        long seconds = Math.max(1, (long) Math.ceil(retryAfterNanos / 1e9));
        return new ApiException(Failure.TOO_MANY_REQUESTS, message, List.of(), Map.of("Retry-After", String.valueOf(seconds)));
    }
}
