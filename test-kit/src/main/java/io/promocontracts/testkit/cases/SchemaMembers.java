package io.promocontracts.testkit.cases;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The members of a JSON body as its schema declares them, at every depth and in every variant of a
 * union: what a round trip sends and expects back. A member is a property of an object schema;
 * one whose schema declares properties of its own holds members too, as does an array of such
 * objects (its items are {@code *} in a pointer); a map, an array of values or a scalar is one
 * value. Schemas are those of a resolved document, whose objects name the component they came from.
 */
public final class SchemaMembers {

    /** On a request member: the server accepts it without keeping it, and why (a drift-table row). */
    public static final String ACCEPTED_NOT_STORED = "x-promo-accepted-not-stored";
    /** On an answer member: this server never sends it, and why. */
    public static final String NOT_SENT = "x-promo-not-sent";

    private SchemaMembers() {
    }

    /**
     * A declared member.
     *
     * @param pointer where it is in a body, {@code *} for any item of an array
     * @param variant the union variant it belongs to (its component's name), null outside a union
     * @param owner   the component whose property it is, null for an object the document writes inline
     */
    public record Member(String pointer, String variant, String owner, String name, JsonNode schema) {

        /** The member as a report names it: its pointer, and its variant when it is in one. */
        public String key() {
            return variant == null ? pointer : pointer + " (" + variant + ")";
        }

        /** The member wherever its component is used: {@code Coupon.percent_off}. */
        public String componentKey() {
            return owner == null ? key() : owner + "." + name;
        }

        public boolean holdsMembers() {
            return SchemaMembers.holdsMembers(schema);
        }

        public String declaration(String extension) {
            return schema.path(extension).asText(null);
        }
    }

    /** A member present in a body, with its value. */
    public record Present(Member member, JsonNode value) {
    }

    /** Every member the schema declares, at every depth, in every variant. */
    public static List<Member> declared(JsonNode schema) {
        List<Member> members = new ArrayList<>();
        declared(schema, "", null, members);
        return members;
    }

    /** The members present in a body of the schema, with their values; a union's by the variant the body is. */
    public static List<Present> present(JsonNode schema, JsonNode body) {
        List<Present> present = new ArrayList<>();
        present(schema, body, "", null, present);
        return present;
    }

    private static void declared(JsonNode schema, String pointer, String variant, List<Member> into) {
        if (schema.has("oneOf")) {
            schema.get("oneOf").forEach(each -> declared(each, pointer, component(each), into));
            return;
        }
        if (itemsHoldMembers(schema)) {
            declared(schema.get("items"), pointer + "/*", variant, into);
            return;
        }
        String owner = component(schema);
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            Member member = new Member(pointer + "/" + escape(property.getKey()), variant, owner, property.getKey(), property.getValue());
            into.add(member);
            if (descends(property.getValue())) {
                declared(property.getValue(), member.pointer(), variant, into);
            }
        }
    }

    private static void present(JsonNode schema, JsonNode value, String pointer, String variant, List<Present> into) {
        if (schema.has("oneOf")) {
            JsonNode chosen = variantOf(schema, value);
            if (chosen != null) {
                present(chosen, value, pointer, component(chosen), into);
            }
            return;
        }
        if (value.isArray() && itemsHoldMembers(schema)) {
            value.forEach(item -> present(schema.get("items"), item, pointer + "/*", variant, into));
            return;
        }
        if (!value.isObject()) {
            return;
        }
        String owner = component(schema);
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode member = value.get(property.getKey());
            if (member != null) {
                Member declared = new Member(pointer + "/" + escape(property.getKey()), variant, owner, property.getKey(),
                        property.getValue());
                into.add(new Present(declared, member));
                if (descends(property.getValue())) {
                    present(property.getValue(), member, declared.pointer(), variant, into);
                }
            }
        }
    }

    /** The variant a value is: the one its discriminator maps it to, else the first it matches. */
    private static JsonNode variantOf(JsonNode union, JsonNode value) {
        JsonNode discriminator = union.path("discriminator");
        if (discriminator.has("propertyName") && value.isObject()) {
            String target = discriminator.path("mapping").path(value.path(discriminator.get("propertyName").asText()).asText()).asText(null);
            for (JsonNode variant : union.get("oneOf")) {
                if (target != null && target.equals(variant.path(SpecSchemas.RESOLVED_FROM).asText())) {
                    return variant;
                }
            }
        }
        for (JsonNode variant : union.get("oneOf")) {
            if (SpecSchemas.matches(variant, value)) {
                return variant;
            }
        }
        return null;
    }

    private static boolean descends(JsonNode schema) {
        return holdsMembers(schema) || itemsHoldMembers(schema);
    }

    /** An object schema with declared properties, or a union of such variants. */
    static boolean holdsMembers(JsonNode schema) {
        return !schema.path("properties").isEmpty() || schema.has("oneOf");
    }

    private static boolean itemsHoldMembers(JsonNode schema) {
        JsonNode items = schema.path("items");
        return items.isObject() && holdsMembers(items);
    }

    /** The name of the component a resolved schema came from, e.g. {@code Coupon}; null for an inline one. */
    private static String component(JsonNode schema) {
        String from = schema.path(SpecSchemas.RESOLVED_FROM).asText(null);
        return from == null ? null : from.substring(from.lastIndexOf('/') + 1);
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
