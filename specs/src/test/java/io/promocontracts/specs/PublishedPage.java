package io.promocontracts.specs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A vendor reference page as published (kept verbatim under {@code published/}), and the request
 * and response bodies it documents: the request is the curl command's {@code --data '…'}, the
 * response is the first JSON document after it.
 */
record PublishedPage(String name, JsonNode request, JsonNode response) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DATA = "--data '";

    static PublishedPage load(String name) {
        String text = read("published/" + name);
        int dataStart = text.indexOf(DATA);
        if (dataStart < 0) {
            throw new IllegalStateException(name + " documents no request body");
        }
        int requestStart = dataStart + DATA.length();
        int requestEnd = text.indexOf("}'", requestStart) + 1;
        JsonNode request = parse(text.substring(requestStart, requestEnd));
        int responseStart = text.indexOf("\n{", requestEnd) + 1;
        return new PublishedPage(name, request, parse(text.substring(responseStart)));
    }

    JsonNode body(String which) {
        return switch (which) {
            case "request" -> request;
            case "response" -> response;
            default -> throw new IllegalArgumentException("unknown body " + which);
        };
    }

    /** Reads the first JSON value of the text and ignores what follows it. */
    private static JsonNode parse(String text) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            return MAPPER.readTree(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(PublishedPage.class.getClassLoader().getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
