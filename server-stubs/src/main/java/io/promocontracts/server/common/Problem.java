package io.promocontracts.server.common;

import java.util.List;

/**
 * One thing wrong with a request body.
 *
 * @param path    where, from the body's root (array indexes as decimal strings)
 * @param kind    what kind of problem, in zod's vocabulary ({@code too_small}, {@code invalid_type}…)
 * @param message what is wrong, for a person
 */
public record Problem(List<String> path, String kind, String message) {

    public Problem {
        path = List.copyOf(path);
    }
}
