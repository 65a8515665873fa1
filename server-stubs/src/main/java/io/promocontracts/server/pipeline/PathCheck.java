package io.promocontracts.server.pipeline;

import java.util.Optional;

/**
 * Refuses a request path that servlet containers and dispatchers may read in more than one way: a
 * {@code ;} parameter (Spring drops it), a {@code %} escape (Spring decodes it, so {@code %64} reads
 * as {@code d}), a backslash, an empty segment or a dot segment. What passes reads the same to the
 * request pipeline, which routes on it, and to the dispatcher, which picks the controller. No path
 * of either API needs any of these: ids are plain letters, digits and {@code _}.
 */
final class PathCheck {

    private PathCheck() {
    }

    /** Why the path is ambiguous, or empty when it reads one way only. */
    static Optional<String> ambiguity(String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.of("the path must start with /");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';') {
                return Optional.of("the path must not carry ; parameters");
            }
            if (c == '%') {
                return Optional.of("the path must not be %-encoded");
            }
            if (c == '\\' || c < 0x21 || c > 0x7e) {
                return Optional.of("the path has a character no path of this API has");
            }
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("the path must not have . or .. segments");
            }
        }
        if (path.contains("//")) {
            return Optional.of("the path must not have empty segments");
        }
        return Optional.empty();
    }
}
