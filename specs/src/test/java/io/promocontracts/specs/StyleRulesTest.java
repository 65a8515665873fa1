package io.promocontracts.specs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.promocontracts.specs.SpecEdit.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class StyleRulesTest {

    private static final String FLEX_OPERATION = "/paths/~1v1~1promo_codes/post";
    private static final String FLEX_AT = "$.paths['/v1/promo_codes'].post";

    @ParameterizedTest
    @MethodSource("io.promocontracts.specs.SpecCatalog#apis")
    void specFollowsTheConventions(ApiSpec spec) {
        assertThat(StyleRules.check(file(spec), OpenApiModels.of(spec.text()))).map(StyleRules.Violation::toString).isEmpty();
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                violation(StyleRules.OPERATION_ID, FLEX_AT, ApiSpec.named("flex"), doc -> operation(doc).remove("operationId")),
                violation(StyleRules.OPERATION_SUMMARY, FLEX_AT, ApiSpec.named("flex"), doc -> operation(doc).remove("summary")),
                violation(StyleRules.OPERATION_TAGS, FLEX_AT, ApiSpec.named("flex"), doc -> operation(doc).putArray("tags")),
                violation(StyleRules.REQUEST_EXAMPLE, FLEX_AT + ".requestBody.content['application/json']", ApiSpec.named("flex"),
                        doc -> ((ObjectNode) operation(doc).at("/requestBody/content/application~1json")).remove("examples")),
                violation(StyleRules.RESPONSE_EXAMPLE, FLEX_AT + ".responses['409'].content['application/json']", ApiSpec.named("flex"),
                        doc -> ((ObjectNode) operation(doc).at("/responses/409/content/application~1json")).remove("examples")),
                violation(StyleRules.ERROR_SCHEMA, FLEX_AT + ".responses['401'].content['application/json'].schema", ApiSpec.named("flex"),
                        doc -> ((ObjectNode) operation(doc).at("/responses/401/content/application~1json/schema"))
                                .put("$ref", "#/components/schemas/PromoCodeResponse")),
                violation(StyleRules.NAMED_BODY_SCHEMA, FLEX_AT + ".responses['200'].content['application/json'].schema", ApiSpec.named("flex"),
                        doc -> ((ObjectNode) operation(doc).at("/responses/200/content/application~1json")).putObject("schema")
                                .put("type", "object")),
                violation(StyleRules.PROPERTY_DESCRIPTION, "$.components.schemas.PromoCode.properties.times_redeemed", ApiSpec.named("flex"),
                        doc -> ((ObjectNode) schema(doc, "PromoCode").at("/properties/times_redeemed")).remove("description")),
                violation(StyleRules.ID_PATTERN, "$.components.schemas.DiscountOnce.properties.id", ApiSpec.named("flowglad"),
                        doc -> schema(doc, "DiscountId").remove("pattern")),
                violation(StyleRules.NULLABLE_TYPE, "$.components.schemas.PromoCode.properties.customer", ApiSpec.named("flex"),
                        doc -> ((ObjectNode) schema(doc, "PromoCode").at("/properties/customer")).put("nullable", true)),
                violation(StyleRules.REQUEST_BOUNDED, "$.components.schemas.AppliesTo.properties.products", ApiSpec.named("flex"),
                        doc -> ((ObjectNode) schema(doc, "AppliesTo").at("/properties/products")).remove("maxItems")),
                violation(StyleRules.REQUEST_BOUNDED, "$.components.schemas.AppliesTo.properties.products.items", ApiSpec.named("flex"),
                        doc -> ((ObjectNode) schema(doc, "AppliesTo").at("/properties/products/items")).remove("maxLength")),
                violation(StyleRules.REQUEST_BOUNDED, "$.components.schemas.Metadata", ApiSpec.named("flex"),
                        doc -> schema(doc, "Metadata").remove("maxProperties")),
                violation(StyleRules.REQUEST_BOUNDED, "$.components.schemas.PricingModelId", ApiSpec.named("flowglad"),
                        doc -> schema(doc, "PricingModelId").put("pattern", "^[!-~]+$")));
    }

    @ParameterizedTest
    @MethodSource("violations")
    void brokenConventionIsReportedWithFilePathAndRule(ApiSpec spec, String edited, String rule, String path) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(edited, null, options).getOpenAPI();

        assertThat(StyleRules.check(file(spec), api)).map(StyleRules.Violation::toString)
                .anySatisfy(message -> assertThat(message).startsWith(file(spec) + ": " + path + ": [" + rule + "]"));
    }

    private static Arguments violation(String rule, String path, ApiSpec spec, Consumer<ObjectNode> edit) {
        return argumentSet(rule + " in " + file(spec), spec, SpecEdit.edited(spec, edit), rule, path);
    }

    private static ObjectNode operation(ObjectNode document) {
        return (ObjectNode) document.at(FLEX_OPERATION);
    }

    private static String file(ApiSpec spec) {
        return "specs/" + spec.resource().substring("openapi/".length());
    }
}
