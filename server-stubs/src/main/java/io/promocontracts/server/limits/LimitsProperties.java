package io.promocontracts.server.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * What one API key may ask of the server ({@code promo.limits.*}); beyond it, the key's requests
 * are answered 429 so that the server's workers, memory and CPU stay with every other key too.
 *
 * @param requestsPerSecond  sustained requests a key may send per second
 * @param burst              requests a key may send at once above that rate, after a quiet while
 * @param concurrentRequests requests of a key the server holds at once, a body still arriving included
 * @param bodyTimeout        how long a request body may take to arrive after its headers (then 408)
 */
@ConfigurationProperties("promo.limits")
public record LimitsProperties(double requestsPerSecond, int burst, int concurrentRequests, Duration bodyTimeout) {

    public LimitsProperties {
        if (bodyTimeout == null || bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("promo.limits.body-timeout must be above 0; got " + bodyTimeout);
        }
        if (requestsPerSecond <= 0 || burst < 1 || concurrentRequests < 1) {
            throw new IllegalArgumentException("promo.limits: requests-per-second must be above 0, burst and "
                    + "concurrent-requests at least 1; got " + requestsPerSecond + ", " + burst + ", " + concurrentRequests);
        }
    }
}
