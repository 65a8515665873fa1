package io.promocontracts.specs;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@code oneOf} with a {@code discriminator} somewhere in a request body. When the discriminator
 * member is missing or names no variant, the validator reports that no variant fits, plus every
 * variant's own complaints (a missing {@code numberOfPayments} when {@code duration} is missing):
 * a client learns most from one violation at the discriminator member itself, which is what this
 * puts in their place.
 *
 * @param at       where the union's object is, from the body's root
 * @param property the discriminator member's name
 * @param values   the values that name a variant, in the spec's order
 */
record DiscriminatedUnion(List<String> at, String property, List<String> values) {

    /** The unions of a resolved schema, following its {@code properties}. */
    static List<DiscriminatedUnion> in(JsonNode schema) {
        List<DiscriminatedUnion> unions = new ArrayList<>();
        collect(schema, List.of(), unions);
        return List.copyOf(unions);
    }

    private static void collect(JsonNode schema, List<String> at, List<DiscriminatedUnion> unions) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        JsonNode discriminator = schema.path("discriminator");
        if (schema.has("oneOf") && discriminator.has("propertyName")) {
            List<String> values = new ArrayList<>();
            discriminator.path("mapping").fieldNames().forEachRemaining(values::add);
            unions.add(new DiscriminatedUnion(at, discriminator.get("propertyName").asText(), values));
        }
        schema.path("properties").fields().forEachRemaining(property -> collect(property.getValue(),
                Stream.concat(at.stream(), Stream.of(property.getKey())).toList(), unions));
    }

    /** The violations with those inside this union replaced by one at its discriminator, when that is what is wrong. */
    List<Violation> refine(JsonNode body, List<Violation> violations) {
        JsonNode object = body;
        for (String member : at) {
            object = object.path(member);
        }
        if (!object.isObject()) {
            return violations;
        }
        JsonNode value = object.get(property);
        Violation cause;
        if (value == null) {
            cause = new Violation(member(), "required", "Required");
        } else if (!value.isTextual() || !values.contains(value.asText())) {
            cause = new Violation(member(), "discriminator", "Invalid discriminator value. Expected "
                    + values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(" | ")));
        } else {
            return violations;
        }
        List<Violation> refined = new ArrayList<>(violations.stream().filter(violation -> !inside(violation.path())).toList());
        refined.add(cause);
        return refined;
    }

    private List<String> member() {
        return Stream.concat(at.stream(), Stream.of(property)).toList();
    }

    private boolean inside(List<String> path) {
        return path.size() >= at.size() && path.subList(0, at.size()).equals(at);
    }
}
