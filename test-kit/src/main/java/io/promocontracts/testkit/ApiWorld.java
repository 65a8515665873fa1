package io.promocontracts.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What a test needs to know of one API beyond its spec (whose constant in {@code ApiSpec} has the
 * same name): a caller (a demo key of the embedded data), the members that must name that caller's
 * existing objects (by JSON pointer), where created objects are stored (to see that nothing else
 * was), the member holding an object's id and the members of an update that repeat it, the
 * member that must be unique, the vendor's code for an invalid body, and how the vendor documents
 * storing a sent value differently (Flowglad upper-cases codes).
 */
public enum ApiWorld {
    FLEX("Bearer " + DemoKeys.FLEX_ACME_TEST,
            Map.of("/promo_code/coupon_id", TextNode.valueOf("fcoup_01jvajb0g9q2w8k4m6t3r5y7zx")),
            "flex_promo_code", "promo_code_id", List.of(), "code", "/error/code", "invalid_request", (member, sent) -> sent),
    FLOWGLAD(DemoKeys.FLOWGLAD_ACME_TEST,
            Map.of("/discount/organizationId", TextNode.valueOf(DemoKeys.FLOWGLAD_ACME), "/discount/livemode", BooleanNode.FALSE),
            "flowglad_discount", "id", List.of("/discount/id"), "code", "/code", "BAD_REQUEST",
            (member, sent) -> "code".equals(member) ? TextNode.valueOf(sent.asText().toUpperCase(Locale.ROOT)) : sent);

    public final String authorization;
    /** Members whose value must be the caller's own (an existing coupon, the key's organization and mode). */
    public final Map<String, JsonNode> bindings;
    public final String table;
    /** The member of an object that holds its id, by which it is read back. */
    public final String idMember;
    /** The body members of an update that repeat the id of the object in its path. */
    public final List<String> idMembers;
    /** The member of a created object that no other object of the tenant and mode may share. */
    public final String uniqueMember;
    public final String invalidCodePointer;
    public final String invalidCode;
    /** (member name, value sent) → the value the vendor documents storing. */
    public final BiFunction<String, JsonNode, JsonNode> stored;

    /**
     * A create's request example made a create of this world's caller that no other shares: its
     * unique member set to {@code unique}, the members naming the caller's objects bound to them.
     */
    public ObjectNode createBody(JsonNode example, String unique) {
        ObjectNode body = example.deepCopy();
        bindings.forEach((pointer, value) -> {
            JsonNode parent = body.at(pointer.substring(0, pointer.lastIndexOf('/')));
            if (parent instanceof ObjectNode object) {
                object.set(pointer.substring(pointer.lastIndexOf('/') + 1), value);
            }
        });
        ((ObjectNode) body.elements().next()).put(uniqueMember, unique);
        return body;
    }

    /** The name of this world's API in the spec catalog: the folder its spec is in. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    ApiWorld(String authorization, Map<String, JsonNode> bindings, String table, String idMember, List<String> idMembers,
             String uniqueMember, String invalidCodePointer, String invalidCode, BiFunction<String, JsonNode, JsonNode> stored) {
        this.authorization = authorization;
        this.bindings = bindings;
        this.table = table;
        this.idMember = idMember;
        this.idMembers = idMembers;
        this.uniqueMember = uniqueMember;
        this.invalidCodePointer = invalidCodePointer;
        this.invalidCode = invalidCode;
        this.stored = stored;
    }
}
