package io.promocontracts.server.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one client address may send without a key the server knows ({@code promo.limits.unauthenticated.*}):
 * beyond it, such requests are answered 429 before the key is looked up, so that a flood of wrong
 * keys costs the database nothing and no other tenant waits for it.
 *
 * @param requestsPerSecond requests an address may send per second whose key must be looked up (it is wrong, or not seen lately)
 * @param burst             such requests it may send at once above that rate, after a quiet while
 */
@ConfigurationProperties("promo.limits.unauthenticated")
public record UnauthenticatedLimitsProperties(double requestsPerSecond, int burst) {

    public UnauthenticatedLimitsProperties {
        if (requestsPerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("promo.limits.unauthenticated: requests-per-second must be above 0 and burst at least 1; got "
                    + requestsPerSecond + ", " + burst);
        }
    }
}
