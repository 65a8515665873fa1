package io.promocontracts.server.common;

/**
 * Text an error answer repeats from a request (a member's name, a path) is cut to the length both
 * specs bound it to, counted in code points as JSON Schema counts them; a cut text ends with "…".
 */
public final class Shortened {

    private static final String ELLIPSIS = "…";

    private Shortened() {
    }

    public static String to(int maxCodePoints, String text) {
        if (text == null || text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints - 1)) + ELLIPSIS;
    }
}
