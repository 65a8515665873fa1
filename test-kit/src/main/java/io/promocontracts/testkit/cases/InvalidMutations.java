package io.promocontracts.testkit.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.curiousoddman.rgxgen.RgxGen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Derives invalid requests from a valid one by walking its schema beside it: each required member
 * missing, each member of a wrong type, {@code null} where not nullable, strings and integers just
 * outside each bound ({@code minLength}, {@code maxLength}, {@code minimum}, {@code maximum}),
 * strings outside their {@code pattern} or ending in a line break, unknown enum values, an unknown
 * member where {@code additionalProperties} is false, too many entries of a map or items of an
 * array, and each union variant given a
 * member of another variant. Nothing is listed per field: a constraint added to a spec yields new
 * cases.
 */
public final class InvalidMutations {

    /**
     * One request broken in one place: what was broken, where, and the whole body. A mutation that
     * is not {@code certain} (a member of another variant, which may be valid in this one too)
     * counts only where the spec rejects it.
     */
    public record Mutation(String description, JsonNode body, boolean certain) {
        @Override
        public String toString() {
            return description;
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String UNKNOWN_MEMBER = "unexpected_member";
    /**
     * Line breaks after which Java's {@code $} still matches, where ECMA-262's (JSON Schema's) does
     * not: a pattern checked with the wrong engine lets "SUMMER\n" pass as a code.
     */
    private static final String[][] LINE_BREAKS = {{"\\n", "\n"}, {"\\r\\n", "\r\n"}, {"U+0085", "\u0085"}, {"U+2028", "\u2028"}};

    private final SpecSchemas schemas;
    private final ValidInstances valid;
    private final Random random;
    private final List<Mutation> mutations = new ArrayList<>();
    private JsonNode root;
    /** The union variant being walked, named in the descriptions, e.g. {@code (duration=once)}. */
    private String variant = "";

    public InvalidMutations(SpecSchemas schemas, ValidInstances valid, Random random) {
        this.schemas = schemas;
        this.valid = valid;
        this.random = random;
    }

    public List<Mutation> of(JsonNode schema, JsonNode validBody) {
        mutations.clear();
        root = validBody;
        variant = "";
        walk(schema, validBody, "");
        return List.copyOf(mutations);
    }

    private void walk(JsonNode schema, JsonNode value, String pointer) {
        if (!pointer.isEmpty()) {
            member(schema, pointer);
        }
        inside(schema, value, pointer);
    }

    private void inside(JsonNode schema, JsonNode value, String pointer) {
        if (schema.has("oneOf")) {
            union(schema, value, pointer);
            return;
        }
        if (value.isObject()) {
            object(schema, value, pointer);
        }
    }

    /** What can be wrong with any one member, whatever its type. */
    private void member(JsonNode schema, String pointer) {
        String type = SpecSchemas.type(schema);
        if (!SpecSchemas.nullable(schema)) {
            add(pointer + ": null where not nullable", replaced(pointer, JSON.nullNode()));
        }
        JsonNode wrong = switch (type) {
            case "string" -> JSON.numberNode(12345);
            case "integer", "number" -> JSON.textNode("12");
            case "boolean" -> JSON.textNode("true");
            case "array" -> SpecSchemas.object();
            default -> JSON.arrayNode();
        };
        add(pointer + ": a " + wrong.getNodeType().name().toLowerCase() + " where the spec says " + type, replaced(pointer, wrong));
        if ("integer".equals(type) || "number".equals(type) || "boolean".equals(type)) {
            // Read from text (a query parameter), "12" and "true" are valid; a word is not.
            add(pointer + ": a word where the spec says " + type, replaced(pointer, JSON.textNode("not-a-" + type)));
        }
        if (schema.has("enum") && "string".equals(type)) {
            add(pointer + ": a value outside its enum", replaced(pointer, JSON.textNode("not_in_the_enum")));
        }
        if ("string".equals(type)) {
            strings(schema, pointer);
        }
        if ("integer".equals(type) || "number".equals(type)) {
            numbers(schema, pointer, type);
        }
        if ("array".equals(type) && schema.has("maxItems")) {
            ArrayNode tooMany = JSON.arrayNode();
            for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                tooMany.add(valid.of(schema.path("items")));
            }
            add(pointer + ": more than maxItems " + schema.get("maxItems").asInt(), replaced(pointer, tooMany));
        }
    }

    private void strings(JsonNode schema, String pointer) {
        if (schema.path("minLength").asInt(0) > 0) {
            int length = schema.get("minLength").asInt() - 1;
            add(pointer + ": shorter than minLength " + (length + 1), replaced(pointer, JSON.textNode(text(schema, length))));
        }
        if (schema.has("maxLength")) {
            int length = schema.get("maxLength").asInt() + 1;
            add(pointer + ": longer than maxLength " + (length - 1), replaced(pointer, JSON.textNode(text(schema, length))));
        }
        if (schema.has("pattern")) {
            add(pointer + ": outside pattern " + schema.get("pattern").asText(), replaced(pointer, JSON.textNode(notMatching(schema))));
            JsonNode value = root.at(pointer);
            if (value.isTextual() && schema.get("pattern").asText().endsWith("$")) {
                for (String[] lineBreak : LINE_BREAKS) {
                    add(pointer + ": a valid value ending in " + lineBreak[0] + ", which " + schema.get("pattern").asText()
                            + " refuses as JSON Schema reads it (ECMA-262)", replaced(pointer, JSON.textNode(value.asText() + lineBreak[1])));
                }
            }
        }
    }

    private void numbers(JsonNode schema, String pointer, String type) {
        if (schema.has("minimum") || schema.path("exclusiveMinimum").isNumber()) {
            long below = ValidInstances.lowerBound(schema) - 1;
            add(pointer + ": below the minimum", replaced(pointer, JSON.numberNode(below)));
        }
        if (schema.has("maximum") && !ValidInstances.noValueButNull(schema)) {
            long above = schema.get("maximum").asLong() + (schema.path("exclusiveMaximum").asBoolean() ? 0 : 1);
            add(pointer + ": above maximum " + schema.get("maximum").asText(), replaced(pointer, JSON.numberNode(above)));
        }
        if ("integer".equals(type)) {
            add(pointer + ": a fraction where the spec says integer", replaced(pointer, JSON.numberNode(1.5)));
        }
    }

    private void object(JsonNode schema, JsonNode value, String pointer) {
        for (String name : SpecSchemas.required(schema)) {
            if (value.has(name)) {
                add(pointer + "/" + name + ": required member missing", removed(pointer, name));
            }
        }
        if (SpecSchemas.closed(schema)) {
            add(pointer + ": unknown member " + UNKNOWN_MEMBER, added(pointer, UNKNOWN_MEMBER, JSON.textNode("x")));
        }
        schemas.properties(schema).forEach((name, property) -> {
            if (value.has(name)) {
                walk(property, value.get(name), pointer + "/" + name);
            }
        });
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject()) {
            JsonNode entry = additional;
            String name = "generated_key";
            add(pointer + "/" + name + ": a map value of the wrong type", added(pointer, name, JSON.arrayNode()));
            if (entry.has("maxLength")) {
                add(pointer + "/" + name + ": a map value longer than maxLength " + entry.get("maxLength").asInt(),
                        added(pointer, name, JSON.textNode(valid.free(entry.get("maxLength").asInt() + 1, entry.get("maxLength").asInt() + 1))));
            }
            if (schema.has("maxProperties")) {
                ObjectNode tooMany = SpecSchemas.object();
                for (int i = 0; i <= schema.get("maxProperties").asInt(); i++) {
                    tooMany.put("key" + i, "value");
                }
                add(pointer + ": more than maxProperties " + schema.get("maxProperties").asInt(), replaced(pointer, tooMany));
            }
        }
    }

    /** The variant the value chose, walked; and that variant given each member of every other variant. */
    private void union(JsonNode union, JsonNode value, String pointer) {
        List<JsonNode> variants = schemas.variants(union);
        String discriminator = union.at("/discriminator/propertyName").asText();
        int chosen = chosenVariant(union, variants, value.path(discriminator).asText());
        String outer = variant;
        variant = outer + " (" + discriminator + "=" + value.path(discriminator).asText() + ")";
        inside(variants.get(chosen), value, pointer);
        for (int other = 0; other < variants.size(); other++) {
            if (other == chosen) {
                continue;
            }
            JsonNode otherValue = valid.ofVariant(union, other, pointer);
            Map<String, JsonNode> own = schemas.properties(variants.get(chosen));
            for (Map.Entry<String, JsonNode> member : schemas.properties(variants.get(other)).entrySet()) {
                String name = member.getKey();
                // A member both variants declare alike takes the other's value as its own: no mutation.
                boolean alike = member.getValue().equals(own.get(name));
                if (!name.equals(discriminator) && !alike && otherValue.has(name) && !otherValue.get(name).equals(value.get(name))) {
                    add(pointer + "/" + name + ": given the member of the " + otherValue.path(discriminator).asText() + " variant",
                            replaced(pointer + "/" + name, otherValue.get(name)), true);
                }
            }
        }
        variant = outer;
    }

    private int chosenVariant(JsonNode union, List<JsonNode> variants, String discriminatorValue) {
        JsonNode target = union.at("/discriminator/mapping/" + discriminatorValue);
        for (int i = 0; i < variants.size(); i++) {
            if (target.isTextual() && target.asText().equals(variants.get(i).path(SpecSchemas.RESOLVED_FROM).asText())) {
                return i;
            }
        }
        throw new IllegalArgumentException("no variant for discriminator value " + discriminatorValue);
    }

    private String text(JsonNode schema, int length) {
        if (schema.has("pattern")) {
            RgxGen pattern = RgxGen.parse(ValidInstances.unanchored(schema.get("pattern").asText()));
            for (int attempt = 0; attempt < 1000; attempt++) {
                String candidate = pattern.generate(random);
                if (candidate.length() == length) {
                    return candidate;
                }
                if (candidate.length() > length && length > 0) {
                    String cut = candidate.substring(0, length);
                    if (Pattern.compile(schema.get("pattern").asText()).matcher(cut).find()) {
                        return cut;
                    }
                }
            }
        }
        return valid.free(length, length);
    }

    /** A string within the length bounds that the pattern rejects, so that only the pattern is broken. */
    private String notMatching(JsonNode schema) {
        Pattern pattern = Pattern.compile(schema.get("pattern").asText());
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        RgxGen generator = RgxGen.parse(ValidInstances.unanchored(schema.get("pattern").asText()));
        for (int attempt = 0; attempt < 1000; attempt++) {
            String candidate = generator.generateNotMatching(random);
            if (candidate.length() >= min && candidate.length() <= max && !pattern.matcher(candidate).find()) {
                return candidate;
            }
        }
        String fallback = "!".repeat(Math.max(min, 1));
        if (pattern.matcher(fallback).find()) {
            throw new IllegalStateException("no string breaks the pattern " + pattern);
        }
        return fallback;
    }

    private JsonNode replaced(String pointer, JsonNode replacement) {
        if (pointer.isEmpty()) {
            return replacement;
        }
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) copy.at(pointer.substring(0, slash))).set(pointer.substring(slash + 1), replacement);
        return copy;
    }

    private JsonNode removed(String objectPointer, String name) {
        JsonNode copy = root.deepCopy();
        ((ObjectNode) copy.at(objectPointer)).remove(name);
        return copy;
    }

    private JsonNode added(String objectPointer, String name, JsonNode value) {
        JsonNode copy = root.deepCopy();
        ((ObjectNode) copy.at(objectPointer)).set(name, value);
        return copy;
    }

    private void add(String description, JsonNode body) {
        add(description, body, false);
    }

    private void add(String description, JsonNode body, boolean onlyIfTheSpecRejects) {
        String where = description.startsWith(":") ? "/" + description : description;
        int colon = where.indexOf(": ");
        mutations.add(new Mutation(where.substring(0, colon) + variant + where.substring(colon), body, !onlyIfTheSpecRejects));
    }
}
