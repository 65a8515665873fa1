package io.promocontracts.server.flex;

import io.promocontracts.server.DocumentedCodes;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.flex.api.model.FlexError;
import io.promocontracts.specs.ApiSpec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code a Flex error can carry is one the spec documents, so clients can rely on the list. */
class FlexApiTest {

    @Test
    void everyErrorCodeIsDocumented() throws Exception {
        FlexApi api = new FlexApi();
        var codes = Arrays.stream(Failure.values())
                .map(failure -> ((FlexError) api.errorBody(new ApiException(failure, "m"))).getError().getCode())
                .toList();

        assertThat(DocumentedCodes.of(ApiSpec.named("flex"), "ErrorDetail")).containsAll(codes);
    }
}
