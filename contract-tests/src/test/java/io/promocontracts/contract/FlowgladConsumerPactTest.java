package io.promocontracts.contract;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.promocontracts.client.flowglad.ApiException;
import io.promocontracts.client.flowglad.FlowgladClient;
import io.promocontracts.client.flowglad.JSON;
import io.promocontracts.client.flowglad.model.CreateDiscountRequest;
import io.promocontracts.client.flowglad.model.DiscountResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The generated Flowglad client against Pact's mock server, one interaction per documented outcome. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = FlowgladContract.PROVIDER, pactVersion = PactSpecVersion.V4)
class FlowgladConsumerPactTest {

    @Pact(consumer = ConsumerPacts.CONSUMER)
    V4Pact createDiscount(PactDslWithProvider builder) {
        return ConsumerPacts.pact(builder, "/api/v1/discounts", FlowgladContract.cases());
    }

    @Test
    void theGeneratedClientHandlesEveryDocumentedOutcome(MockServer mockServer) throws Exception {
        for (ContractCase contract : FlowgladContract.cases()) {
            var discounts = FlowgladClient.discounts(mockServer.getUrl(), contract.authorization());
            var request = JSON.getDefault().getMapper().treeToValue(contract.request(), CreateDiscountRequest.class);

            if (contract.isError()) {
                ApiException failure = catchThrowableOfType(ApiException.class, () -> discounts.createDiscount(request));
                assertThat(failure).as(contract.description()).isNotNull();
                assertThat(failure.getCode()).as(contract.description()).isEqualTo(contract.status());
                assertThat(FlowgladClient.error(failure).orElseThrow().getCode()).isEqualTo(contract.response().get("code").asText());
            } else {
                DiscountResponse created = discounts.createDiscount(request);
                assertThat(created.getDiscount().getActualInstance().getClass().getSimpleName())
                        .as("the variant of %s", contract.description())
                        .isEqualTo(variantOf(contract.response().at("/discount/duration").asText()));
                ExampleAssertions.assertCarriesExample(
                        JSON.getDefault().getMapper().valueToTree(created.getDiscount().getActualInstance()),
                        contract.response().get("discount"));
            }
        }
    }

    private static String variantOf(String duration) {
        return switch (duration) {
            case "once" -> "DiscountOnce";
            case "number_of_payments" -> "DiscountNumberOfPayments";
            case "forever" -> "DiscountForever";
            default -> throw new IllegalArgumentException(duration);
        };
    }
}
