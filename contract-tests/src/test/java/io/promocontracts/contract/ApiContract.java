package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.specs.ApiSpec;

import java.util.List;

/**
 * What the contract tests need to know of one API beyond its spec: the provider's name, how a key
 * is sent, which tenant and mode an object of the spec's examples belongs to, and the outcomes the
 * spec documents by their responses only (a body the schema refuses for a business reason, a
 * conflict), which {@link SpecCases} cannot derive from the examples.
 */
interface ApiContract {

    /** Every API's contract: the one place a new API's is added. */
    static List<ApiContract> all() {
        return List.of(FlexContract.INSTANCE, FlowgladContract.INSTANCE);
    }

    /** The contract of a provider, by its pact name. */
    static ApiContract of(String provider) {
        return all().stream().filter(contract -> contract.provider().equals(provider)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no contract for the provider " + provider));
    }

    String provider();

    ApiSpec spec();

    /** The {@code Authorization} header value for a key. */
    String authorization(String key);

    /** The key of the tenant the examples' objects belong to, in a mode. */
    String key(boolean live);

    /** A tenant the examples name nowhere, for outcomes of a tenant that has nothing. */
    String emptyTenant();

    /** The tenant an example object belongs to. */
    String tenantOf(JsonNode object);

    /** Whether an example object is of the live mode. */
    boolean liveOf(JsonNode object);

    /** The outcomes the examples cannot derive, each with its own state. */
    List<ContractCase> documentedOutcomes();
}
