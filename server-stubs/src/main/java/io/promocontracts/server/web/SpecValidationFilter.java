package io.promocontracts.server.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.specs.ApiSpec;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Holds every request to an API's operation against its spec before any handler sees it: method
 * (405), content type (415), size (413), JSON syntax and the body against the operation's request
 * schema, read from the packaged spec (400). The spec is the validator, so a rule added to the spec
 * is enforced without code. The schema check is networknt's JSON Schema validator in its OpenAPI
 * 3.0 dialect, the same that checks the specs' examples.
 */
public class SpecValidationFilter extends OncePerRequestFilter {

    /** The documented limit of both APIs. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final String METHOD = "POST";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonMetaSchema OPENAPI_30 = OpenApi30.getInstance();

    private final JsonSchema requestSchema;
    private final ErrorWriter errors;

    public SpecValidationFilter(ApiSpec spec, Api api, ErrorWriter errors) {
        String pointer = "/paths/" + api.operationPath().replace("~", "~0").replace("/", "~1")
                + "/post/requestBody/content/application~1json/schema";
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(OPENAPI_30).defaultMetaSchemaIri(OPENAPI_30.getIri()));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .nullableKeywordEnabled(true)
                .discriminatorKeywordEnabled(true)
                .formatAssertionsEnabled(true)
                .build();
        this.requestSchema = factory.getSchema(SchemaLocation.of("classpath:" + spec.resource() + "#" + pointer), config);
        this.requestSchema.initializeValidators();
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            checkMethod(request);
            checkContentType(request);
            byte[] body = readBody(request);
            Set<ValidationMessage> violations = requestSchema.validate(parse(body));
            if (!violations.isEmpty()) {
                throw ValidationFailures.from(violations);
            }
            chain.doFilter(new CachedBodyRequest(request, body), response);
        } catch (ApiException failure) {
            errors.write(request, response, failure);
        }
    }

    private static void checkMethod(HttpServletRequest request) {
        if (!METHOD.equals(request.getMethod())) {
            throw new ApiException(Failure.METHOD_NOT_ALLOWED, request.getMethod() + " is not allowed on " + request.getRequestURI());
        }
    }

    private static void checkContentType(HttpServletRequest request) {
        String contentType = request.getContentType();
        boolean json;
        try {
            json = contentType != null && MediaType.APPLICATION_JSON.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            json = false;
        }
        if (!json) {
            throw new ApiException(Failure.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json, not "
                    + (contentType == null ? "absent" : contentType) + ".");
        }
    }

    private static byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw ValidationFailures.tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw ValidationFailures.tooLarge();
            }
            return body;
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw ValidationFailures.unreadable("A request body is required.");
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw ValidationFailures.unreadable("A request body is required.");
            }
            return json;
        } catch (JacksonException e) {
            throw ValidationFailures.unreadable("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a body held in memory", e);
        }
    }
}
