package io.promocontracts.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Sha256;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns an {@code Authorization} header into the caller it identifies. Keys are random and long,
 * so an unsalted SHA-256 is enough to keep them out of the database while allowing a lookup.
 * A key found is remembered for {@link #REMEMBERED} (a key removed from the database works that
 * much longer), so that a busy key costs no query per request; a key not found is looked up each
 * time, so that one added works at once and random keys cannot crowd out real ones.
 */
@Service
public class ApiKeys {

    static final Duration REMEMBERED = Duration.ofSeconds(10);
    private static final int MOST_REMEMBERED = 100_000;

    private final ApiKeyRepository repository;
    private final Cache<String, Caller> found = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED).maximumSize(MOST_REMEMBERED).build();

    public ApiKeys(ApiKeyRepository repository) {
        this.repository = repository;
    }

    public Optional<Caller> authenticate(Api api, String authorization) {
        return api.keyFrom(authorization).flatMap(key -> {
            String hash = Sha256.hex(key.getBytes(StandardCharsets.UTF_8));
            String remembered = api.name() + ":" + hash;
            Caller caller = found.getIfPresent(remembered);
            if (caller != null) {
                return Optional.of(caller);
            }
            Optional<Caller> looked = repository.findByHash(api, hash);
            looked.ifPresent(known -> found.put(remembered, known));
            return looked;
        });
    }
}
