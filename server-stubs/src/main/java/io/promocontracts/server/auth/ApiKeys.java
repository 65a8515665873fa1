package io.promocontracts.server.auth;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Sha256;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns an {@code Authorization} header into the caller it identifies. Keys are random and long,
 * so an unsalted SHA-256 is enough to keep them out of the database while allowing a lookup.
 */
@Service
public class ApiKeys {

    private final ApiKeyRepository repository;

    public ApiKeys(ApiKeyRepository repository) {
        this.repository = repository;
    }

    public Optional<Caller> authenticate(Api api, String authorization) {
        return api.keyFrom(authorization).flatMap(key -> repository.findByHash(api, Sha256.hex(key.getBytes(StandardCharsets.UTF_8))));
    }
}
