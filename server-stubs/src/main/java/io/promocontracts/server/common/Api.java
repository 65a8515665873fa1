package io.promocontracts.server.common;

import io.promocontracts.specs.SpecConformance;

import java.util.Optional;

/**
 * One API this application serves, as the shared request pipeline and error writer see it: where
 * its paths are, its spec, how its keys look and how it words its errors. Each API's package has
 * the one implementation; nothing outside it knows which APIs there are.
 */
public interface Api {

    /** The name its API keys are stored under (the {@code api} column of {@code api_key}). */
    String name();

    /** What every path of the API starts with, e.g. {@code /v1/}. */
    String pathPrefix();

    /** The API's spec: the operations its requests are routed to and held against. */
    SpecConformance spec();

    /** The key in an {@code Authorization} header value, if the value has this API's form. */
    Optional<String> keyFrom(String authorization);

    /** What a request without a known key is told. */
    String unauthorizedMessage();

    /** A failure as this API's documented error body. */
    Object errorBody(ApiException failure);
}
