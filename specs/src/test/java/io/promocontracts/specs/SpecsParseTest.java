package io.promocontracts.specs;

import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpecsParseTest {

    @ParameterizedTest
    @MethodSource("io.promocontracts.specs.SpecCatalog#apis")
    void parsesWithoutASingleMessage(ApiSpec spec) {
        SwaggerParseResult result = OpenApiModels.parse(spec.text());

        assertThat(result.getMessages()).as("parser messages for %s", spec.resource()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }
}
