package io.promocontracts.testkit.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.curiousoddman.rgxgen.RgxGen;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates values that a schema accepts, from the schema alone: every required member, each
 * optional one half of the time, strings from their pattern (RgxGen) or within their length
 * bounds, integers at and between their bounds, one variant of each union with its discriminator.
 * Bounds are hit on purpose: a third of the strings and integers sit exactly on a bound.
 * Members that name an existing object of the caller (a coupon, the caller's organization) take
 * their value from the bindings, by JSON pointer.
 */
public final class ValidInstances {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MAX_FREE_STRING = 24;

    private final SpecSchemas schemas;
    /** Changes to an object its {@code not} rejects before it is given as it is. */
    private static final int MAX_ATTEMPTS = 1000;

    private final Map<String, JsonNode> bindings;
    private final Random random;
    private final boolean everyMember;

    /** With {@code everyMember}, optional members are always given: a base for mutations that reaches every member. */
    public ValidInstances(SpecSchemas schemas, Map<String, JsonNode> bindings, Random random, boolean everyMember) {
        this.schemas = schemas;
        this.bindings = bindings;
        this.random = random;
        this.everyMember = everyMember;
    }

    public JsonNode of(JsonNode schema) {
        return of(schema, "");
    }

    /** A value of the union's variant at {@code index}. */
    public JsonNode ofVariant(JsonNode union, int index, String pointer) {
        return of(schemas.variants(union).get(index), pointer);
    }

    private JsonNode of(JsonNode schema, String pointer) {
        if (bindings.containsKey(pointer)) {
            return bindings.get(pointer);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (SpecSchemas.nullable(schema) && (noValueButNull(schema) || (!everyMember && random.nextInt(4) == 0))) {
            return JSON.nullNode();
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        return switch (SpecSchemas.type(schema)) {
            case "oneOf" -> {
                List<JsonNode> variants = schemas.variants(schema);
                yield of(variants.get(random.nextInt(variants.size())), pointer);
            }
            case "object" -> object(schema, pointer);
            case "array" -> array(schema, pointer);
            case "string" -> JSON.textNode(string(schema));
            case "integer" -> JSON.numberNode(integer(schema));
            case "number" -> number(schema);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            default -> throw new IllegalArgumentException("no generator for the schema at " + pointer + ": " + schema);
        };
    }

    /**
     * An object of the schema. One its {@code not} rejects (a coupon with both an amount and a
     * percentage, say) loses optional members, or has nullable ones set to null, one at a time,
     * until the {@code not} lets it be, or is made anew when nothing is left to change; after
     * {@value #MAX_ATTEMPTS} tries, the last is given as it is (a spec whose {@code not} allows no
     * object of the rest of its schema has no valid instance to give).
     */
    private ObjectNode object(JsonNode schema, String pointer) {
        ObjectNode object = members(schema, pointer);
        for (int attempt = 1; schema.has("not") && SpecSchemas.matches(schema.get("not"), object) && attempt < MAX_ATTEMPTS; attempt++) {
            Map<String, JsonNode> properties = schemas.properties(schema);
            List<String> changeable = new ArrayList<>();
            for (var members = object.fieldNames(); members.hasNext(); ) {
                String name = members.next();
                boolean required = SpecSchemas.required(schema).contains(name);
                if (!bindings.containsKey(pointer + "/" + name) && (!required
                        || properties.containsKey(name) && SpecSchemas.nullable(properties.get(name)) && !object.get(name).isNull())) {
                    changeable.add(name);
                }
            }
            if (changeable.isEmpty()) {
                object = members(schema, pointer);
                continue;
            }
            String name = changeable.get(random.nextInt(changeable.size()));
            if (SpecSchemas.required(schema).contains(name)) {
                object.putNull(name);
            } else {
                object.remove(name);
            }
        }
        return object;
    }

    private ObjectNode members(JsonNode schema, String pointer) {
        ObjectNode object = SpecSchemas.object();
        List<String> required = SpecSchemas.required(schema);
        schemas.properties(schema).forEach((name, property) -> {
            String at = pointer + "/" + name;
            if (everyMember || required.contains(name) || random.nextBoolean()) {
                object.set(name, of(property, at));
            }
        });
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject()) {
            int max = Math.min(schema.path("maxProperties").asInt(3), 3);
            for (int i = random.nextInt(max + 1); i > 0; i--) {
                object.set(free(1, 12), of(additional, pointer + "/*"));
            }
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, String pointer) {
        ArrayNode array = JSON.arrayNode();
        int size = schema.path("minItems").asInt(0) + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            array.add(of(schema.path("items"), pointer + "/" + i));
        }
        return array;
    }

    private String string(JsonNode schema) {
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(schema.has("pattern") ? Integer.MAX_VALUE : Math.max(min, MAX_FREE_STRING));
        if ("date-time".equals(schema.path("format").asText())) {
            return Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (schema.has("pattern")) {
            RgxGen pattern = RgxGen.parse(unanchored(schema.get("pattern").asText()));
            for (int attempt = 0; attempt < 1000; attempt++) {
                String candidate = pattern.generate(random);
                if (candidate.length() >= min && candidate.length() <= max) {
                    return candidate;
                }
            }
            throw new IllegalStateException("no string of length " + min + ".." + max + " matches " + schema.get("pattern"));
        }
        return free(min, max);
    }

    /** Letters and digits: a string a schema without a pattern accepts, and one that stays the same length in upper case. */
    public String free(int min, int max) {
        int length = onOrBetweenBounds(min, max);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }

    private long integer(JsonNode schema) {
        long min = lowerBound(schema);
        long max = schema.has("maximum") ? schema.get("maximum").asLong() - (schema.path("exclusiveMaximum").asBoolean() ? 1 : 0)
                : schema.path("exclusiveMaximum").isNumber() ? schema.get("exclusiveMaximum").asLong() - 1 : min + 1000;
        return onOrBetweenBounds(min, max);
    }

    /** A number with a fraction, unless that would pass the maximum: then the whole number, written as one. */
    private JsonNode number(JsonNode schema) {
        long whole = integer(schema);
        return schema.has("maximum") && whole + 0.5 > schema.get("maximum").asDouble() ? JSON.numberNode(whole) : JSON.numberNode(whole + 0.5);
    }

    private int onOrBetweenBounds(int min, int max) {
        return (int) onOrBetweenBounds((long) min, max);
    }

    private long onOrBetweenBounds(long min, long max) {
        return switch (random.nextInt(6)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + (long) (random.nextDouble() * Math.min(max - min, 10_000));
        };
    }

    /**
     * A schema whose only value is null: 3.0's nullable schema whose bounds no value meets
     * ({@code minimum: 1, maximum: 0}), or 3.1's {@code type: 'null'} or {@code const: null}.
     */
    public static boolean noValueButNull(JsonNode schema) {
        return schema.has("minimum") && schema.has("maximum") && schema.get("minimum").asDouble() > schema.get("maximum").asDouble()
                || "null".equals(SpecSchemas.type(schema)) || schema.path("const").isNull() && schema.has("const");
    }

    /** The smallest integer the schema allows: 3.0's boolean {@code exclusiveMinimum}, or 3.1's numeric one. */
    static long lowerBound(JsonNode schema) {
        if (schema.path("exclusiveMinimum").isNumber()) {
            return (long) Math.floor(schema.get("exclusiveMinimum").asDouble()) + 1;
        }
        return schema.path("minimum").asLong(0) + (schema.path("exclusiveMinimum").asBoolean() ? 1 : 0);
    }

    public static String unanchored(String pattern) {
        String inner = pattern.startsWith("^") ? pattern.substring(1) : pattern;
        return inner.endsWith("$") ? inner.substring(0, inner.length() - 1) : inner;
    }
}
