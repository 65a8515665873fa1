package io.promocontracts.contract.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.promocontracts.specs.ApiSpec;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What a generated request needs beyond its schema: a caller (a demo key of the embedded data),
 * the members that must name that caller's existing objects (by JSON pointer), where created
 * objects are stored (to see that nothing else was), the member holding a created object's id (to
 * read it back) and the members of an update that repeat it, the vendor's code for an invalid body, and
 * how the vendor documents storing a sent value differently (Flowglad upper-cases codes).
 */
enum CallerWorld {
    FLEX(ApiSpec.FLEX, "Bearer fsk_test_acme_4f8a2c61d9b7e350",
            Map.of("/promo_code/coupon_id", TextNode.valueOf("fcoup_01jvajb0g9q2w8k4m6t3r5y7zx")),
            "flex_promo_code", "promo_code_id", List.of(), "/error/code", "invalid_request", (member, sent) -> sent),
    FLOWGLAD(ApiSpec.FLOWGLAD, "sk_test_acme_5d2b9f47e1c3a860",
            Map.of("/discount/organizationId", TextNode.valueOf("org_Qm3vTz8Kp1LxW7aRn2Yd5"),
                    "/discount/livemode", BooleanNode.FALSE),
            "flowglad_discount", "id", List.of("/discount/id"), "/code", "BAD_REQUEST",
            (member, sent) -> "code".equals(member) ? TextNode.valueOf(sent.asText().toUpperCase(Locale.ROOT)) : sent);

    final ApiSpec spec;
    final String authorization;
    final Map<String, JsonNode> bindings;
    final String table;
    /** The member of a created object that holds its id, by which it is read back. */
    final String idMember;
    /** The body members of an update that repeat the id of the object in its path. */
    final List<String> idMembers;
    final String invalidCodePointer;
    final String invalidCode;
    /** (member name, value sent) → the value the vendor documents storing. */
    final BiFunction<String, JsonNode, JsonNode> stored;

    CallerWorld(ApiSpec spec, String authorization, Map<String, JsonNode> bindings, String table, String idMember,
                List<String> idMembers, String invalidCodePointer, String invalidCode, BiFunction<String, JsonNode, JsonNode> stored) {
        this.spec = spec;
        this.authorization = authorization;
        this.bindings = bindings;
        this.table = table;
        this.idMember = idMember;
        this.idMembers = idMembers;
        this.invalidCodePointer = invalidCodePointer;
        this.invalidCode = invalidCode;
        this.stored = stored;
    }
}
