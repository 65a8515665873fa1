package io.promocontracts.testkit;

import io.promocontracts.testkit.cases.JsonPointers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What a test needs to know of one API beyond its spec (whose catalog name is this constant's,
 * in lower case): a caller (a demo key of the embedded data), the members that must name that
 * caller's existing objects (by JSON pointer), the vendor's code for an invalid body, and how the
 * vendor documents storing a sent value differently (Flowglad upper-cases codes). The spec itself
 * states the rest: which member is unique, which holds an id ({@code x-promo-*}).
 */
public enum ApiWorld {
    FLEX("Bearer " + DemoKeys.FLEX_ACME_TEST,
            Map.of("/promo_code/coupon_id", TextNode.valueOf("fcoup_01jvajb0g9q2w8k4m6t3r5y7zx")),
            "/error/code", "invalid_request", (member, sent) -> sent),
    FLOWGLAD(DemoKeys.FLOWGLAD_ACME_TEST,
            Map.of("/discount/organizationId", TextNode.valueOf(DemoKeys.FLOWGLAD_ACME), "/discount/livemode", BooleanNode.FALSE),
            "/code", "BAD_REQUEST",
            (member, sent) -> "code".equals(member) ? TextNode.valueOf(sent.asText().toUpperCase(Locale.ROOT)) : sent);

    public final String authorization;
    /** Members whose value must be the caller's own (an existing coupon, the key's organization and mode). */
    public final Map<String, JsonNode> bindings;
    public final String invalidCodePointer;
    public final String invalidCode;
    /** (member name, value sent) → the value the vendor documents storing. */
    public final BiFunction<String, JsonNode, JsonNode> stored;

    /**
     * A create's request example made a create of this world's caller that no other shares: the
     * member at {@code uniquePointer} (the spec's {@code x-promo-unique}; none when null) set to
     * {@code unique}, the members naming the caller's objects bound to them.
     */
    public ObjectNode createBody(JsonNode example, String uniquePointer, String unique) {
        ObjectNode body = example.deepCopy();
        bindings.forEach((pointer, value) -> JsonPointers.set(body, pointer, value));
        if (uniquePointer != null) {
            JsonPointers.set(body, uniquePointer, TextNode.valueOf(unique));
        }
        return body;
    }

    /** The name of this world's API in the spec catalog: the folder its spec is in. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    ApiWorld(String authorization, Map<String, JsonNode> bindings, String invalidCodePointer, String invalidCode,
             BiFunction<String, JsonNode, JsonNode> stored) {
        this.authorization = authorization;
        this.bindings = bindings;
        this.invalidCodePointer = invalidCodePointer;
        this.invalidCode = invalidCode;
        this.stored = stored;
    }
}
