package io.promocontracts.server.flowglad;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Problem;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A position in a list of discounts ordered oldest first, as Flowglad lists them: the creation
 * time and id of the last discount of a page. A page after it holds exactly the discounts created
 * after it (or at the same microsecond with a greater id), so discounts created while a client
 * pages never shift the pages still to come; they arrive at the end. On the wire it is opaque: base64url of {@code createdAt|id}.
 */
record DiscountCursor(OffsetDateTime createdAt, String id) {

    private static final char SEPARATOR = '|';
    private static final Pattern ID = Pattern.compile("discount_[0-9A-Za-z]{21}");

    static DiscountCursor after(DiscountRecord discount) {
        return new DiscountCursor(discount.createdAt(), discount.id());
    }

    String encode() {
        String position = createdAt.toInstant() + String.valueOf(SEPARATOR) + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this server wrote; anything else is the client's mistake (400). */
    static DiscountCursor decode(String cursor) {
        try {
            String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = position.indexOf(SEPARATOR);
            if (separator < 0) {
                throw invalid(cursor);
            }
            OffsetDateTime createdAt = OffsetDateTime.parse(position.substring(0, separator));
            String id = position.substring(separator + 1);
            // Only what this server writes: a position any database can compare against.
            if (createdAt.getYear() < 1970 || createdAt.getYear() > 9999 || !ID.matcher(id).matches()) {
                throw invalid(cursor);
            }
            return new DiscountCursor(createdAt, id);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid(cursor);
        }
    }

    private static ApiException invalid(String cursor) {
        return ApiException.invalid("cursor: " + cursor + " is not a cursor of this list",
                new Problem(List.of("cursor"), Problem.CUSTOM, "not a cursor of this list"));
    }
}
