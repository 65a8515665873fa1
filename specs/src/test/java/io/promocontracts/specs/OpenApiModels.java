package io.promocontracts.specs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A spec as swagger-parser's model, the parser the client and server generators use: that each
 * document parses cleanly with it, and the style rules over its model. Everything else reads the
 * specs through the catalog ({@link SpecCatalog}).
 */
final class OpenApiModels {

    private static final Map<String, OpenAPI> PARSED = new ConcurrentHashMap<>();

    private OpenApiModels() {
    }

    /** Parses a document with references resolved; the messages list every problem found. */
    static SwaggerParseResult parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    /** The parsed document; fails when the parser reports any message. */
    static OpenAPI of(String text) {
        return PARSED.computeIfAbsent(text, document -> {
            SwaggerParseResult parsed = parse(document);
            if (!parsed.getMessages().isEmpty() || parsed.getOpenAPI() == null) {
                throw new IllegalStateException("the document does not parse cleanly: " + parsed.getMessages());
            }
            return parsed.getOpenAPI();
        });
    }
}
