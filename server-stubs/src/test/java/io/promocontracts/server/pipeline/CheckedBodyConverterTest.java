package io.promocontracts.server.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.server.common.Caller;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A controller's body is bound from the very tree the pipeline checked, never read again from the wire. */
class CheckedBodyConverterTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final CheckedBodyConverter converter = new CheckedBodyConverter();

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    static Stream<Arguments> requestExamples() {
        return ApiSpec.all().stream().flatMap(spec -> spec.operations().stream()
                .flatMap(operation -> spec.requestExampleNames(operation.operationId()).stream()
                        .map(name -> Arguments.of(spec, operation, name))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("requestExamples")
    void everyRequestExampleBindsToItsGeneratedModelWithNothingLostOrAdded(ApiSpec spec, SpecOperation operation, String name) throws Exception {
        JsonNode example = spec.requestExample(operation.operationId(), name);
        checked(operation, example);

        Object bound = converter.read(bodyType(spec, operation), new MockHttpInputMessage(new byte[0]), Map.of());

        JsonNode written = withoutNulls(JSON.valueToTree(bound));
        assertThat(written.equals(NUMBERS_BY_VALUE, withoutNulls(example))).as("%s bound from %s", written, example).isTrue();
    }

    /** Stands for a generated model with a date-time member, which neither spec's requests have yet. */
    record Stamped(OffsetDateTime at) {
    }

    @Test
    void datesAndTimesBindAsSpringsMapperWouldBindThem() {
        checked(null, JSON.createObjectNode().put("at", "2025-05-15T18:12:07.309203Z"));

        Object bound = converter.read(ResolvableType.forClass(Stamped.class), new MockHttpInputMessage(new byte[0]), Map.of());

        assertThat(bound).isEqualTo(new Stamped(OffsetDateTime.parse("2025-05-15T18:12:07.309203Z")));
    }

    @Test
    void aBodyThePipelineDidNotCheckIsNeverBound() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("POST", "/v1/promo_codes")));

        assertThatThrownBy(() -> converter.read(ResolvableType.forClass(Stamped.class),
                new MockHttpInputMessage("{\"at\":\"2025-05-15T18:12:07Z\"}".getBytes()), Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void checked(SpecOperation operation, JsonNode body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        new CheckedRequest(new Caller("tenant", false), operation, Optional.of(new JsonBody(body.toString().getBytes(UTF_8), body)))
                .attachTo(request);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    /**
     * The type the generated interface declares for the operation's body: the interface of the
     * operation's tag in the API's package, as the server's generator names it.
     */
    private static ResolvableType bodyType(ApiSpec spec, SpecOperation operation) throws ClassNotFoundException {
        Class<?> generated = Class.forName("io.promocontracts.server." + spec.name() + ".api."
                + operation.tag().replaceAll("[^A-Za-z0-9]", "") + "Api");
        Method method = Arrays.stream(generated.getMethods())
                .filter(candidate -> candidate.getName().equals(operation.operationId())).findFirst().orElseThrow();
        for (int i = 0; i < method.getParameterCount(); i++) {
            if (method.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
                return ResolvableType.forMethodParameter(new MethodParameter(method, i));
            }
        }
        throw new AssertionError(operation.operationId() + " takes no body");
    }

    /** The models cannot tell a member sent as null from one left out (nor need to), and write some of them as null. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(member -> member.getValue().isNull());
        }
        node.forEach(CheckedBodyConverterTest::withoutNulls);
        return node;
    }

    /** The examples are read from YAML, whose numbers may come out as another node type than the binder's. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
}
