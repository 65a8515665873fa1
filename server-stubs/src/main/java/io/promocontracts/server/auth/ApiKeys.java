package io.promocontracts.server.auth;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.Caller;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        return api.keyFrom(authorization).flatMap(key -> repository.findByHash(api, hash(key)));
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
