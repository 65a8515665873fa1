package io.promocontracts.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Sha256;
import io.promocontracts.server.limits.AddressLimits;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns an {@code Authorization} header into the caller it identifies. Keys are random and long,
 * so an unsalted SHA-256 is enough to keep them out of the database while allowing a lookup.
 * What a lookup found is remembered for {@link #REMEMBERED}, a key as its caller and a key nobody
 * has as unknown (in maps of their own, so that random keys cannot crowd out real ones): a busy key
 * costs no query per request, nor does a wrong key sent again. So a key removed from the database
 * works that much longer, and one added works within that time. Every lookup, of a key in the
 * API's form or not, takes a share of the client address's ({@link AddressLimits}).
 */
@Service
public class ApiKeys {

    static final Duration REMEMBERED = Duration.ofSeconds(10);
    private static final int MOST_REMEMBERED = 100_000;

    private final ApiKeyRepository repository;
    private final AddressLimits addresses;
    private final Cache<String, Caller> found = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED).maximumSize(MOST_REMEMBERED).build();
    private final Cache<String, Boolean> unknown = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED).maximumSize(MOST_REMEMBERED).build();

    public ApiKeys(ApiKeyRepository repository, AddressLimits addresses) {
        this.repository = repository;
        this.addresses = addresses;
    }

    /**
     * The caller of the header's key, sent from {@code address}; empty when no caller has it.
     *
     * @throws io.promocontracts.server.common.ApiException {@code TOO_MANY_REQUESTS} when the key must
     *         be looked up and the address has used its share of lookups
     */
    public Optional<Caller> authenticate(Api api, String authorization, String address) {
        Optional<String> key = api.keyFrom(authorization);
        String remembered = key.map(k -> api.name() + ":" + Sha256.hex(k.getBytes(StandardCharsets.UTF_8))).orElse(null);
        Caller caller = remembered == null ? null : found.getIfPresent(remembered);
        if (caller != null) {
            return Optional.of(caller);
        }
        addresses.admitLookup(address);
        if (remembered == null || unknown.getIfPresent(remembered) != null) {
            return Optional.empty();
        }
        Optional<Caller> looked = repository.findByHash(api, remembered.substring(api.name().length() + 1));
        looked.ifPresentOrElse(known -> found.put(remembered, known), () -> unknown.put(remembered, Boolean.TRUE));
        return looked;
    }
}
