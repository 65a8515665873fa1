package io.promocontracts.server.common;

import java.util.Optional;

/** The two vendor APIs this application serves, with what tells their requests apart. */
public enum Api {
    /** Flex: {@code Authorization: Bearer fsk_…}. */
    FLEX("/v1/", "/v1/promo_codes", "fsk_", true),
    /** Flowglad: {@code Authorization: sk_…}, optionally with {@code Bearer }. */
    FLOWGLAD("/api/", "/api/v1/discounts", "sk_", false);

    private static final String BEARER = "Bearer ";

    private final String pathPrefix;
    private final String operationPath;
    private final String keyPrefix;
    private final boolean bearerRequired;

    Api(String pathPrefix, String operationPath, String keyPrefix, boolean bearerRequired) {
        this.pathPrefix = pathPrefix;
        this.operationPath = operationPath;
        this.keyPrefix = keyPrefix;
        this.bearerRequired = bearerRequired;
    }

    /** The API whose error shape answers a request to this path; Flex's for paths of neither. */
    public static Api forPath(String path) {
        return path != null && path.startsWith(FLOWGLAD.pathPrefix) ? FLOWGLAD : FLEX;
    }

    public String operationPath() {
        return operationPath;
    }

    /** The key in an {@code Authorization} header value, if the value has this API's form. */
    public Optional<String> keyFrom(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String key = authorization;
        if (authorization.startsWith(BEARER)) {
            key = authorization.substring(BEARER.length());
        } else if (bearerRequired) {
            return Optional.empty();
        }
        return isKey(key) ? Optional.of(key) : Optional.empty();
    }

    /** Whether a bare key has this API's form. */
    public boolean isKey(String key) {
        return key != null && key.startsWith(keyPrefix);
    }
}
