package io.promocontracts.contract;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.promocontracts.client.flex.ApiException;
import io.promocontracts.client.flex.FlexClient;
import io.promocontracts.client.flex.JSON;
import io.promocontracts.client.flex.model.CreatePromoCodeRequest;
import io.promocontracts.client.flex.model.PromoCodeResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The generated Flex client against Pact's mock server, one interaction per documented outcome. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = FlexContract.PROVIDER, pactVersion = PactSpecVersion.V4)
class FlexConsumerPactTest {

    private static final String BEARER = "Bearer ";

    @Pact(consumer = ConsumerPacts.CONSUMER)
    V4Pact createPromoCode(PactDslWithProvider builder) {
        return ConsumerPacts.pact(builder, "/v1/promo_codes", FlexContract.cases());
    }

    @Test
    void theGeneratedClientHandlesEveryDocumentedOutcome(MockServer mockServer) throws Exception {
        for (ContractCase contract : FlexContract.cases()) {
            var promoCodes = FlexClient.promoCodes(mockServer.getUrl(), contract.authorization().substring(BEARER.length()));
            var request = JSON.getDefault().getMapper().treeToValue(contract.request(), CreatePromoCodeRequest.class);

            if (contract.isError()) {
                ApiException failure = catchThrowableOfType(ApiException.class, () -> promoCodes.createPromoCode(request));
                assertThat(failure).as(contract.description()).isNotNull();
                assertThat(failure.getCode()).as(contract.description()).isEqualTo(contract.status());
                assertThat(FlexClient.error(failure).orElseThrow().getError().getCode())
                        .isEqualTo(contract.response().at("/error/code").asText());
            } else {
                PromoCodeResponse created = promoCodes.createPromoCode(request);
                ExampleAssertions.assertCarriesExample(JSON.getDefault().getMapper().valueToTree(created), contract.response());
            }
        }
    }
}
