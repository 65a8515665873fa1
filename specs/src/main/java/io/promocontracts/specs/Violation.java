package io.promocontracts.specs;

import java.util.List;

/**
 * One way a request breaks its spec.
 *
 * @param path    where: the members from the body's root, or the parameter's name
 * @param keyword the JSON Schema keyword that failed ({@code required}, {@code maxLength}, {@code oneOf}…)
 * @param message what is wrong, for a person
 */
public record Violation(List<String> path, String keyword, String message) {

    public Violation {
        path = List.copyOf(path);
    }
}
