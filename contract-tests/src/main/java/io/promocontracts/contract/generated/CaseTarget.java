package io.promocontracts.contract.generated;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.contract.coverage.ContractSource;
import io.promocontracts.testkit.ApiWorld;

import java.util.Map;
import java.util.OptionalLong;

/** Where {@link GeneratedCases} send their requests, as whom, and what they may know of the server beyond HTTP. */
public interface CaseTarget {

    /** The URL an API's paths are appended to, without a trailing slash. */
    String baseUrl(ApiWorld world);

    /** The value of the API key's header for the caller the cases run as. */
    String authorization(ApiWorld world);

    /** Members whose value must be the caller's own (an existing coupon, the key's organization and mode). */
    Map<String, JsonNode> bindings(ApiWorld world);

    /** How many objects the server holds, where the target can count them (its database); empty when it is seen over HTTP only. */
    OptionalLong stored();

    /**
     * Whether every create gets a code of this target's ({@link #nextCode}) instead of the generated
     * one: on a server others use, each object the cases make is recognizable and never collides.
     */
    boolean claimsCodes();

    /** A code no create has had, for creates of a target that {@link #claimsCodes claims codes}. */
    String nextCode();

    /** The column the cases' answers count under in the contract coverage. */
    ContractSource source();

    /** The name the round trip's record goes under in the coverage folder: the database, or the server. */
    String name();
}
