package io.promocontracts.server.auth;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** API keys, stored as SHA-256 hashes only. */
@Repository
public class ApiKeyRepository {

    private final JdbcClient jdbc;

    public ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Caller> findByHash(Api api, String keyHash) {
        return jdbc.sql("SELECT tenant_id, live FROM api_key WHERE key_hash = ? AND api = ?")
                .params(keyHash, api.name())
                .query((rs, row) -> new Caller(rs.getString("tenant_id"), rs.getBoolean("live")))
                .optional();
    }
}
