package io.promocontracts.server.common;

/**
 * Who is calling, as established by the API key: the tenant (an account or organization of the
 * API) and the mode. Every read and write is scoped to both.
 */
public record Caller(String tenantId, boolean live) {
}
