package io.promocontracts.server.pipeline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which paths read one way only. */
class PathCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/v1/promo_codes", "/v1/promo_codes/fpromo_01jvajb0gcvgxn5d42cqjjmf41", "/api/v1/discounts",
            "/docs/", "/docs/index.html", "/specs/flex/promo-codes.yaml"})
    void plainPathsPass(String path) {
        assertThat(PathCheck.ambiguity(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/promo_codes;x", "/;x/v1/promo_codes", "/v1/promo%5Fcodes", "/api/v1/%64iscounts",
            "/v1/promo_codes/a%2Fb", "/v1/./promo_codes", "/v1/../v1/promo_codes", "/v1//promo_codes", "/v1/promo_codes/..",
            "/v1\\promo_codes", "v1/promo_codes"})
    void pathsThatReadTwoWaysAreRefused(String path) {
        assertThat(PathCheck.ambiguity(path)).isPresent();
    }
}
