package io.promocontracts.server.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Each client address's share of the requests whose key must be looked up: a key nobody has, one
 * not in the form of the API, none at all, or a real key not seen for a while. A key found lately
 * costs nothing and passes without a token, so an address over its share still serves its
 * tenants' known keys; what is over is answered 429 with {@code Retry-After} before any lookup.
 * Behind a proxy every client has the proxy's address, unless the server is told to trust its
 * {@code X-Forwarded-For} ({@code server.forward-headers-strategy}).
 */
@Component
@EnableConfigurationProperties(UnauthenticatedLimitsProperties.class)
public class AddressLimits {

    /** An address not heard from for this long starts afresh: its bucket would be full by then anyway. */
    private static final Duration IDLE = Duration.ofMinutes(10);
    /** Addresses remembered at once: a flood from many addresses cannot grow the map without bound. */
    private static final int MOST_ADDRESSES = 100_000;

    private final UnauthenticatedLimitsProperties limits;
    private final Cache<String, TokenBucket> buckets = Caffeine.newBuilder().expireAfterAccess(IDLE).maximumSize(MOST_ADDRESSES).build();

    public AddressLimits(UnauthenticatedLimitsProperties limits) {
        this.limits = limits;
    }

    /** @throws ApiException {@code TOO_MANY_REQUESTS} when the address has used its share of key lookups */
    public void admitLookup(String address) {
        long now = System.nanoTime();
        long wait = buckets.get(address, first -> new TokenBucket(limits.requestsPerSecond(), limits.burst(), now)).take(now);
        if (wait > 0) {
            long seconds = Math.max(1, (long) Math.ceil(wait / 1e9));
            throw new ApiException(Failure.TOO_MANY_REQUESTS, "Too many requests without a valid API key from this address; retry later.",
                    List.of(), Map.of("Retry-After", String.valueOf(seconds)));
        }
    }
}
