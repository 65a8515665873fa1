package io.promocontracts.specs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.promocontracts.specs.SpecEdit.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** Shows that the compatibility check tells breaking edits from compatible ones. */
class CompatibilityCheckTest {

    static Stream<Arguments> breakingEdits() {
        return Stream.of(
                edit("a removed response field", ApiSpec.named("flex"), doc -> {
                    ((ObjectNode) schema(doc, "PromoCode").get("properties")).remove("times_redeemed");
                    removeFrom((ArrayNode) schema(doc, "PromoCode").get("required"), "times_redeemed");
                }),
                edit("a removed enum value", ApiSpec.named("flowglad"), doc -> removeFrom((ArrayNode) schema(doc, "AmountType").get("enum"), "fixed")),
                edit("a newly required request field", ApiSpec.named("flex"),
                        doc -> ((ArrayNode) schema(doc, "PromoCodeCreate").get("required")).add("code")),
                edit("a narrowed type", ApiSpec.named("flowglad"), doc -> schema(doc, "Amount").put("format", "int32").put("type", "string")),
                edit("a narrowed constraint", ApiSpec.named("flowglad"), doc -> schema(doc, "Code").put("maxLength", 12)),
                edit("a removed response", ApiSpec.named("flex"),
                        doc -> ((ObjectNode) doc.at("/paths/~1v1~1promo_codes/post/responses")).remove("409")),
                edit("a changed auth scheme", ApiSpec.named("flex"), doc -> ((ObjectNode) doc.at("/components/securitySchemes/bearerAuth"))
                        .put("type", "apiKey").put("in", "header").put("name", "X-Api-Key").remove("scheme")));
    }

    @ParameterizedTest
    @MethodSource("breakingEdits")
    void breakingEditIsRefused(ApiSpec spec, String edited) {
        Compatibility compatibility = Compatibility.between(spec.text(), edited);

        assertThat(compatibility.isBreaking()).isTrue();
        assertThat(compatibility.isAcceptable()).isFalse();
        assertThat(compatibility.report(spec.resource())).contains("BREAKING");
    }

    static Stream<Arguments> compatibleEdits() {
        return Stream.of(
                edit("a new optional request field", ApiSpec.named("flex"), doc -> ((ObjectNode) schema(doc, "PromoCodeCreate").get("properties"))
                        .putObject("note").put("type", "string").put("description", "A note.")),
                edit("a new endpoint", ApiSpec.named("flowglad"), doc -> {
                    ObjectNode get = ((ObjectNode) doc.get("paths")).putObject("/api/v1/discounts/{id}/copy").putObject("get");
                    get.put("operationId", "getDiscountCopy").put("summary", "Get a copy of a discount");
                    ObjectNode parameter = get.putArray("parameters").addObject();
                    parameter.put("name", "id").put("in", "path").put("required", true).putObject("schema").put("type", "string");
                    get.putObject("responses").putObject("200").put("description", "The discount.")
                            .putObject("content").putObject("application/json").putObject("schema")
                            .put("$ref", "#/components/schemas/DiscountResponse");
                }));
    }

    @ParameterizedTest
    @MethodSource("compatibleEdits")
    void compatibleEditPasses(ApiSpec spec, String edited) {
        Compatibility compatibility = Compatibility.between(spec.text(), edited);

        assertThat(compatibility.isBreaking()).isFalse();
        assertThat(compatibility.isAcceptable()).isTrue();
        assertThat(compatibility.verdict()).isEqualTo("compatible");
    }

    @Test
    void aBreakingEditIsAcceptedWithANewMajorVersion() {
        String edited = SpecEdit.edited(ApiSpec.named("flex"), doc -> {
            ((ObjectNode) doc.at("/paths/~1v1~1promo_codes/post/responses")).remove("409");
            int major = Integer.parseInt(doc.at("/info/version").asText().split("\\.")[0]);
            ((ObjectNode) doc.get("info")).put("version", (major + 1) + ".0.0");
        });

        Compatibility compatibility = Compatibility.between(ApiSpec.named("flex").text(), edited);

        assertThat(compatibility.isBreaking()).isTrue();
        assertThat(compatibility.isAcceptable()).isTrue();
        assertThat(compatibility.verdict()).isEqualTo("breaking, accepted by a new major version");
    }

    @Test
    void aBreakingEditAcceptedWithItsReasonPassesAndSaysWhy() {
        String edited = SpecEdit.edited(ApiSpec.named("flowglad"), doc -> SpecEdit.schema(doc, "Name").put("maxLength", 100));
        CompatibilityIgnores ignores = CompatibilityIgnores.parse("""
                ignore:
                  - spec: flowglad/discounts.yaml
                    operation: POST /api/v1/discounts
                    reason: names over 100 characters were never stored
                  - spec: flowglad/discounts.yaml
                    operation: PUT /api/v1/discounts/{id}
                    reason: names over 100 characters were never stored
                """);

        Compatibility compatibility = Compatibility.between(ApiSpec.named("flowglad").text(), edited, "flowglad/discounts.yaml", ignores);

        assertThat(Compatibility.between(ApiSpec.named("flowglad").text(), edited).isBreaking()).isTrue();
        assertThat(compatibility.isBreaking()).isFalse();
        assertThat(compatibility.report("flowglad/discounts.yaml")).contains("(ignored: names over 100 characters were never stored)");
    }

    @Test
    void anIgnoreWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> CompatibilityIgnores.parse("""
                ignore:
                  - spec: flowglad/discounts.yaml
                    operation: POST /api/v1/discounts
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
    }

    @Test
    void aBreakIsAnnotatedForGitHubOnTheLineOfItsOperation() {
        String edited = SpecEdit.edited(ApiSpec.named("flowglad"), doc -> SpecEdit.schema(doc, "NumberOfPayments").put("minimum", 2));
        int line = List.of(edited.split("\\n")).indexOf("  /api/v1/discounts:") + 1;

        List<String> annotations = Compatibility.between(ApiSpec.named("flowglad").text(), edited).annotations("specs/flowglad/discounts.yaml", edited);

        assertThat(annotations).anySatisfy(annotation -> assertThat(annotation)
                .startsWith("::error file=specs/flowglad/discounts.yaml,line=" + line + ",title=breaking change::breaking: POST /api/v1/discounts")
                .contains("/discount/numberOfPayments"));
    }

    private static Arguments edit(String name, ApiSpec spec, Consumer<ObjectNode> change) {
        return argumentSet(spec + ": " + name, spec, SpecEdit.edited(spec, change));
    }

    private static void removeFrom(ArrayNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(value + " is not in " + array);
    }
}
