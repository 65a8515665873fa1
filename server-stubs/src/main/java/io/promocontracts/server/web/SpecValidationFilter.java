package io.promocontracts.server.web;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.specs.ApiSpec;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds every request to an operation against the spec before any handler sees it: size limit
 * (413), method (405), content type (415), and the body against its schema (400). The spec is the
 * validator, so a rule added to the spec is enforced without code.
 */
public class SpecValidationFilter extends OncePerRequestFilter {

    /** The documented limit of both APIs. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final OpenApiInteractionValidator validator;
    private final Set<String> discriminators;
    private final ErrorWriter errors;

    public SpecValidationFilter(ApiSpec spec, ErrorWriter errors) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.text())
                // Keys are checked against the database by the authentication filter, which runs first.
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        this.discriminators = spec.openApi().getComponents().getSchemas().values().stream()
                .map(Schema::getDiscriminator)
                .filter(Objects::nonNull)
                .map(Discriminator::getPropertyName)
                .collect(Collectors.toUnmodifiableSet());
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            byte[] body = readBody(request);
            ValidationReport report = validator.validateRequest(toValidatorRequest(request, body));
            if (report.hasErrors()) {
                throw ValidationFailures.from(report, discriminators);
            }
            chain.doFilter(new CachedBodyRequest(request, body), response);
        } catch (ApiException failure) {
            errors.write(request, response, failure);
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

    private static SimpleRequest toValidatorRequest(HttpServletRequest request, byte[] body) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(request.getMethod()), request.getRequestURI());
        if (request.getContentType() != null) {
            builder.withContentType(request.getContentType());
        }
        if (body.length > 0) {
            builder.withBody(new String(body, StandardCharsets.UTF_8));
        }
        return builder.build();
    }
}
