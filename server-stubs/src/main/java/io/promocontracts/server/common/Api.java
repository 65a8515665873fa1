package io.promocontracts.server.common;

import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;

import java.util.Optional;

/** The two vendor APIs this application serves, with what tells their requests apart. */
public enum Api {
    /** Flex: paths under {@code /v1/}, {@code Authorization: Bearer fsk_…}. */
    FLEX(ApiSpec.FLEX, "/v1/", "fsk_", true),
    /** Flowglad: paths under {@code /api/}, {@code Authorization: sk_…}, optionally with {@code Bearer }. */
    FLOWGLAD(ApiSpec.FLOWGLAD, "/api/", "sk_", false);

    private static final String BEARER = "Bearer ";

    private final ApiSpec spec;
    private final String pathPrefix;
    private final String keyPrefix;
    private final boolean bearerRequired;

    Api(ApiSpec spec, String pathPrefix, String keyPrefix, boolean bearerRequired) {
        this.spec = spec;
        this.pathPrefix = pathPrefix;
        this.keyPrefix = keyPrefix;
        this.bearerRequired = bearerRequired;
    }

    /** The API whose error shape answers a request to this path; Flex's for paths of neither. */
    public static Api forPath(String path) {
        return path != null && path.startsWith(FLOWGLAD.pathPrefix) ? FLOWGLAD : FLEX;
    }

    /** The spec of this API, with the operations its requests are held against. */
    public SpecConformance spec() {
        return SpecConformance.of(spec);
    }

    /** The servlet URL pattern of every path of this API, e.g. {@code /v1/*}. */
    public String urlPattern() {
        return pathPrefix + "*";
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
