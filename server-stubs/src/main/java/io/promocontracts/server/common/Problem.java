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
    /** The bounds of an issue in both specs' error bodies: the path's steps and length, the message's length. */
    static final int MAX_PATH_STEPS = 32;
    static final int MAX_STEP_LENGTH = 255;
    static final int MAX_MESSAGE_LENGTH = 500;

    /** A path or message that repeats what a client sent (a 60,000-character member name) is cut to the specs' bounds. */
    public Problem {
        path = path.stream().limit(MAX_PATH_STEPS).map(step -> Shortened.to(MAX_STEP_LENGTH, step)).toList();
        message = Shortened.to(MAX_MESSAGE_LENGTH, message);
    }
}
