package io.promocontracts.contract;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.core.model.V4Pact;

import java.util.List;
import java.util.Map;

/** Builds a consumer's pact with one interaction per contract case. */
final class ConsumerPacts {

    static final String CONSUMER = "promo-contracts-java-client";

    private ConsumerPacts() {
    }

    static V4Pact pact(PactDslWithProvider builder, List<ContractCase> cases) {
        PactDslResponse previous = null;
        for (ContractCase contract : cases) {
            ContractCase.Call call = contract.call();
            PactDslWithState withState = previous == null
                    ? builder.given(contract.state().name(), contract.state().params())
                    : previous.given(contract.state().name(), contract.state().params());
            PactDslRequestWithPath request = withState
                    .uponReceiving(contract.description())
                    .method(call.method())
                    .path(call.path());
            if (!call.query().isEmpty()) {
                request = request.encodedQuery(call.queryString());
            }
            if (call.body() == null) {
                request = request.headers(Map.of("Authorization", contract.authorization()));
            } else {
                request = request.headers(Map.of("Authorization", contract.authorization(), "Content-Type", "application/json"))
                        .body(call.body().toString(), "application/json");
            }
            previous = request
                    .willRespondWith()
                    .status(contract.status())
                    .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                    .body(PactBodies.response(contract));
        }
        return previous.toPact(V4Pact.class);
    }
}
