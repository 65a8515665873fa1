package io.promocontracts.contract;

/**
 * The provider states of every contract, the same for each API; the TypeScript consumer uses the
 * same names. Each provider verification sets them up its API's way, from test code.
 */
final class ProviderStates {

    /** Parameters: {@code tenant}, {@code key}, {@code live}. Nothing is stored in the tenant's mode. */
    static final String TENANT = "a tenant with an API key and nothing stored in its mode";
    /** Parameters: {@code tenant}, {@code key}, {@code live}, {@code objects}: the tenant's only objects in the mode. */
    static final String HOLDING = "a tenant whose only objects in its mode are these";
    /** No parameters: the interaction's key is registered nowhere. */
    static final String NO_KEY = "no API key";

    private ProviderStates() {
    }
}
