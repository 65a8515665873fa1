package io.promocontracts.server.pipeline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.common.Problem;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request body as both APIs take it: JSON in UTF-8 (415 for another media type or charset), at
 * most 64 KiB (413, {@link BodyReader}), valid UTF-8 and one JSON value with nothing after it (400). It is read once;
 * what was checked is exactly what the controller binds.
 */
record JsonBody(byte[] bytes, JsonNode json) {

    /**
     * Decimals are read exactly: 0.99999999999999999 is no integer, though as a double it would be 1.
     * One value and nothing after it: a second value or trailing text is refused, not ignored.
     */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    /** The smallest and largest magnitudes a number bound to a 64-bit float keeps (0 aside). */
    private static final BigDecimal SMALLEST = BigDecimal.valueOf(Double.MIN_NORMAL);
    private static final BigDecimal LARGEST = BigDecimal.valueOf(Double.MAX_VALUE);

    /** The body's bytes as JSON: valid UTF-8, one JSON value, text either API can store, numbers a float holds. */
    static JsonBody of(byte[] bytes) {
        JsonNode json = parse(utf8(bytes));
        checkValues(json, new ArrayList<>());
        return new JsonBody(bytes, json);
    }

    /**
     * Every string and member name is text either API can store and send back: no U+0000 (which
     * PostgreSQL cannot store) and no unpaired surrogate (which a JSON escape can spell but no UTF-8
     * answer can carry). Every number is one a 64-bit float can hold, or 0: {@code 1e-400} would be
     * bound as 0 and break a rule the spec check saw kept. Refused wherever it is, naming where.
     */
    private static void checkValues(JsonNode node, List<String> path) {
        if (node.isTextual()) {
            flaw(node.textValue()).ifPresent(message -> {
                throw ApiException.invalid((path.isEmpty() ? "body" : String.join(".", path)) + ": " + message,
                        new Problem(path, "pattern", message));
            });
        }
        if (node.isBigDecimal() && node.decimalValue().signum() != 0) {
            BigDecimal magnitude = node.decimalValue().abs();
            if (magnitude.compareTo(SMALLEST) < 0 || magnitude.compareTo(LARGEST) > 0) {
                String message = "must be a number a 64-bit float holds: 0, or a magnitude from " + Double.MIN_NORMAL + " to "
                        + Double.MAX_VALUE;
                throw ApiException.invalid((path.isEmpty() ? "body" : String.join(".", path)) + ": " + message,
                        new Problem(path, magnitude.compareTo(SMALLEST) < 0 ? "minimum" : "maximum", message));
            }
        }
        if (node.isObject()) {
            for (var members = node.fields(); members.hasNext(); ) {
                var member = members.next();
                List<String> at = new ArrayList<>(path);
                at.add(member.getKey());
                flaw(member.getKey()).ifPresent(message -> {
                    throw ApiException.invalid("a member name " + message, new Problem(path, "propertyNames", "a member name " + message));
                });
                checkValues(member.getValue(), at);
            }
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            List<String> at = new ArrayList<>(path);
            at.add(String.valueOf(i));
            checkValues(node.get(i), at);
        }
    }

    private static Optional<String> flaw(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the character U+0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (" + String.format("\\u%04X", (int) c) + ")");
            }
        }
        return Optional.empty();
    }

    /** @throws ApiException 415 unless the content type is JSON in UTF-8 */
    static void checkContentType(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        if (type == null || !MediaType.APPLICATION_JSON.includes(type)) {
            throw new ApiException(Failure.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json, not "
                    + (contentType == null ? "absent" : contentType) + ".");
        }
        // JSON is UTF-8 (RFC 8259): a declared charset may only say so, or a binder would decode the body otherwise than it was checked.
        if (type.getParameter("charset") != null && !"utf-8".equalsIgnoreCase(type.getParameter("charset").replace("\"", ""))) {
            throw new ApiException(Failure.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json in UTF-8, not "
                    + contentType + ".");
        }
    }

    /**
     * The body as UTF-8 text. Overlong forms, lone surrogates and stray bytes are refused rather
     * than stored as something else; and the JSON is parsed from this text, so that a body in
     * UTF-16 or UTF-32 (which a parser left to guess would read) is no JSON at all.
     */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable("The request body is not valid UTF-8.");
        }
    }

    private static JsonNode parse(String body) {
        if (body.isEmpty()) {
            throw unreadable("A request body is required.");
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw unreadable("A request body is required.");
            }
            return json;
        } catch (JacksonException e) {
            // The parser's own message names its internals; where the body breaks is what helps a client.
            throw unreadable(e.getLocation() == null ? "The request body is not valid JSON."
                    : "The request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ").");
        }
    }

    private static ApiException unreadable(String message) {
        return new ApiException(Failure.INVALID_REQUEST, message,
                List.of(new Problem(List.of(), "type", message)));
    }
}
