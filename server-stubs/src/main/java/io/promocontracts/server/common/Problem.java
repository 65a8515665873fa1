package io.promocontracts.server.common;

import java.util.List;

/**
 * One thing wrong with a request.
 *
 * @param path    where: the members from the body's root (array indexes as decimal strings), or a parameter's name
 * @param keyword the JSON Schema keyword the value breaks ({@code minLength}, {@code type}, {@code required}…),
 *                or {@code custom} for a rule no keyword states; each API words it in its own vocabulary
 * @param message what is wrong, for a person
 */
public record Problem(List<String> path, String keyword, String message) {

    public static final String CUSTOM = "custom";

    public Problem {
        path = List.copyOf(path);
    }
}
