package io.promocontracts.testkit;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A spec as swagger-parser's model, for the tests that need an OpenAPI parser's view (that the
 * document parses cleanly, its operations' parameters and responses). The server never parses
 * a spec this way: it reads the document's tree ({@code SpecConformance}).
 */
public final class OpenApiModels {

    private static final Map<String, OpenAPI> PARSED = new ConcurrentHashMap<>();

    private OpenApiModels() {
    }

    /** Parses a document with references resolved; the messages list every problem found. */
    public static SwaggerParseResult parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    /** The parsed document; fails when the parser reports any message. */
    public static OpenAPI of(String text) {
        return PARSED.computeIfAbsent(text, document -> {
            SwaggerParseResult parsed = parse(document);
            if (!parsed.getMessages().isEmpty() || parsed.getOpenAPI() == null) {
                throw new IllegalStateException("the document does not parse cleanly: " + parsed.getMessages());
            }
            return parsed.getOpenAPI();
        });
    }

    public static Operation operation(String text, String operationId) {
        return of(text).getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .filter(operation -> operationId.equals(operation.getOperationId()))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("the document has no operation " + operationId));
    }

    /** The operation's parameters, each {@code $ref} to a component followed (the parser keeps those as references). */
    public static List<Parameter> parameters(String text, String operationId) {
        List<Parameter> declared = operation(text, operationId).getParameters();
        if (declared == null) {
            return List.of();
        }
        return declared.stream()
                .map(parameter -> parameter.get$ref() == null ? parameter
                        : of(text).getComponents().getParameters().get(parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1)))
                .toList();
    }
}
