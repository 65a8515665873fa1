package io.promocontracts.server.flowglad;

import io.promocontracts.server.DocumentedCodes;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.flowglad.api.model.FlowgladError;
import io.promocontracts.specs.ApiSpec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code a Flowglad error can carry is one the spec documents, so clients can rely on the list. */
class FlowgladApiTest {

    private final FlowgladApi api = new FlowgladApi();

    @Test
    void everyErrorCodeIsDocumented() throws Exception {
        var codes = Arrays.stream(Failure.values())
                .map(failure -> ((FlowgladError) api.errorBody(new ApiException(failure, "m"))).getCode())
                .toList();

        assertThat(DocumentedCodes.of(ApiSpec.named("flowglad"), "Error")).containsAll(codes);
    }

    @Test
    void everyIssueCodeIsDocumented() throws Exception {
        assertThat(DocumentedCodes.of(ApiSpec.named("flowglad"), "Issue")).containsAll(FlowgladApi.issueCodes());
    }

    @Test
    void aKeywordWithoutZodCounterpartIsCustom() {
        assertThat(FlowgladApi.issueCode("dependentRequired")).isEqualTo("custom");
        assertThat(FlowgladApi.issueCode("discriminator")).isEqualTo("invalid_union_discriminator");
    }
}
