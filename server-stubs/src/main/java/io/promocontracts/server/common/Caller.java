package io.promocontracts.server.common;

/**
 * Who is calling, as established by the API key: the tenant (a Flex account or a Flowglad
 * organization) and the mode. Every read and write is scoped to both.
 */
public record Caller(String tenantId, boolean live) {
}
