package io.promocontracts.specs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplesMatchSchemasTest {

    static List<SpecExample> allExamples() {
        return ApiSpec.all().stream().flatMap(spec -> SpecExamples.of(spec).stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allExamples")
    void exampleSatisfiesItsSchema(SpecExample example) {
        assertThat(SchemaCheck.violations(example.spec(), example.schemaPointer(), example.value()))
                .as("%s against %s", example, example.schemaPointer())
                .isEmpty();
    }

    @Test
    void everyKindOfExampleIsFound() {
        List<String> flex = SpecExamples.of(ApiSpec.named("flex")).stream().map(SpecExample::location).toList();
        List<String> flowglad = SpecExamples.of(ApiSpec.named("flowglad")).stream().map(SpecExample::location).toList();

        assertThat(flex).contains(
                "/paths/~1v1~1promo_codes/post/requestBody/content/application~1json/examples/documented/value",
                "/paths/~1v1~1promo_codes/post/responses/200/content/application~1json/examples/documented/value",
                "/paths/~1v1~1promo_codes/post/responses/409/content/application~1json/examples/duplicateCode/value",
                "/components/schemas/PromoCode/properties/promo_code_id/example",
                "/components/schemas/Metadata/example");
        assertThat(flowglad).contains(
                "/paths/~1api~1v1~1discounts/post/requestBody/content/application~1json/examples/numberOfPayments/value",
                "/paths/~1api~1v1~1discounts/post/responses/200/content/application~1json/examples/forever/value",
                "/paths/~1api~1v1~1discounts/post/responses/403/content/application~1json/examples/otherOrganization/value",
                "/components/schemas/DiscountId/example");
    }
}
