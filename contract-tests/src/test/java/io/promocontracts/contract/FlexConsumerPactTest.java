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
import io.promocontracts.client.flex.api.PromoCodesApi;
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
    V4Pact promoCodes(PactDslWithProvider builder) {
        return ConsumerPacts.pact(builder, FlexContract.cases());
    }

    @Test
    void theGeneratedClientHandlesEveryDocumentedOutcome(MockServer mockServer) throws Exception {
        for (ContractCase contract : FlexContract.cases()) {
            var promoCodes = FlexClient.promoCodes(mockServer.getUrl(), contract.authorization().substring(BEARER.length()));

            if (contract.isError()) {
                ApiException failure = catchThrowableOfType(ApiException.class, () -> call(promoCodes, contract.call()));
                assertThat(failure).as(contract.description()).isNotNull();
                assertThat(failure.getCode()).as(contract.description()).isEqualTo(contract.status());
                assertThat(FlexClient.error(failure).orElseThrow().getError().getCode())
                        .isEqualTo(contract.response().at("/error/code").asText());
            } else {
                Object answer = call(promoCodes, contract.call());
                ExampleAssertions.assertCarriesExample(JSON.getDefault().getMapper().valueToTree(answer), contract.response());
            }
        }
    }

    /** The generated client's method for the operation, with the call's body or parameters. */
    private static Object call(PromoCodesApi promoCodes, ContractCase.Call call) throws Exception {
        return switch (call.operationId()) {
            case "createPromoCode" -> promoCodes.createPromoCode(
                    JSON.getDefault().getMapper().treeToValue(call.body(), CreatePromoCodeRequest.class));
            case "retrievePromoCode" -> promoCodes.retrievePromoCode(call.path().substring(call.path().lastIndexOf('/') + 1));
            case "listPromoCodes" -> promoCodes.listPromoCodes(
                    call.query().containsKey("active") ? Boolean.valueOf(call.query().get("active")) : null,
                    call.query().containsKey("limit") ? Integer.valueOf(call.query().get("limit")) : null,
                    call.query().get("starting_after"));
            default -> throw new IllegalArgumentException("no client call for " + call.operationId());
        };
    }
}
