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
import io.promocontracts.client.flowglad.api.DiscountsApi;
import io.promocontracts.client.flowglad.model.DiscountList;
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
    V4Pact discounts(PactDslWithProvider builder) {
        return ConsumerPacts.pact(builder, FlowgladContract.cases());
    }

    @Test
    void theGeneratedClientHandlesEveryDocumentedOutcome(MockServer mockServer) throws Exception {
        for (ContractCase contract : FlowgladContract.cases()) {
            var discounts = FlowgladClient.discounts(mockServer.getUrl(), contract.authorization());

            if (contract.isError()) {
                ApiException failure = catchThrowableOfType(ApiException.class, () -> call(discounts, contract.call()));
                assertThat(failure).as(contract.description()).isNotNull();
                assertThat(failure.getCode()).as(contract.description()).isEqualTo(contract.status());
                assertThat(FlowgladClient.error(failure).orElseThrow().getCode()).isEqualTo(contract.response().get("code").asText());
            } else if (contract.call().operationId().equals("listDiscounts")) {
                DiscountList page = (DiscountList) call(discounts, contract.call());
                ExampleAssertions.assertCarriesExample(listed(page), contract.response());
            } else {
                DiscountResponse answered = (DiscountResponse) call(discounts, contract.call());
                assertThat(answered.getDiscount().getActualInstance().getClass().getSimpleName())
                        .as("the variant of %s", contract.description())
                        .isEqualTo(variantOf(contract.response().at("/discount/duration").asText()));
                ExampleAssertions.assertCarriesExample(
                        JSON.getDefault().getMapper().valueToTree(answered.getDiscount().getActualInstance()),
                        contract.response().get("discount"));
            }
        }
    }

    /** The generated client's method for the operation, with the call's body or parameters. */
    private static Object call(DiscountsApi discounts, ContractCase.Call call) throws Exception {
        return switch (call.operationId()) {
            case "createDiscount" -> discounts.createDiscount(
                    JSON.getDefault().getMapper().treeToValue(call.body(), CreateDiscountRequest.class));
            case "getDiscount" -> discounts.getDiscount(call.path().substring(call.path().lastIndexOf('/') + 1));
            case "listDiscounts" -> discounts.listDiscounts(call.query().get("cursor"),
                    call.query().containsKey("limit") ? Integer.valueOf(call.query().get("limit")) : null);
            default -> throw new IllegalArgumentException("no client call for " + call.operationId());
        };
    }

    /** A page as JSON, each listed discount as its variant (the client wraps each in a union holder). */
    private static com.fasterxml.jackson.databind.JsonNode listed(DiscountList page) {
        var mapper = JSON.getDefault().getMapper();
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.valueToTree(page);
        var data = json.putArray("data");
        page.getData().forEach(item -> data.add(mapper.<com.fasterxml.jackson.databind.JsonNode>valueToTree(item.getActualInstance())));
        return json;
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
