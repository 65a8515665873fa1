package io.promocontracts.contract;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promocontracts.client.flowglad.ApiException;
import io.promocontracts.client.flowglad.FlowgladClient;
import io.promocontracts.client.flowglad.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

/** The generated Flowglad client against Pact's mock server, one interaction per documented outcome. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = FlowgladContract.PROVIDER, pactVersion = PactSpecVersion.V4)
class FlowgladConsumerPactTest {

    @Pact(consumer = ConsumerPacts.CONSUMER)
    V4Pact discounts(PactDslWithProvider builder) {
        return ConsumerPacts.pact(builder, SpecCases.of(FlowgladContract.INSTANCE));
    }

    @Test
    void theGeneratedClientHandlesEveryDocumentedOutcome(MockServer mockServer) throws Exception {
        ConsumerChecks.assertEveryCase(FlowgladContract.INSTANCE, mockServer.getUrl(), new ConsumerChecks.Client() {
            @Override
            public Object connectedTo(String url, String authorization) {
                return FlowgladClient.client(url, authorization);
            }

            @Override
            public ObjectMapper json() {
                return JSON.getDefault().getMapper();
            }

            @Override
            public Optional<ConsumerChecks.Failure> failure(Exception exception) {
                return ConsumerChecks.ofType(ApiException.class).apply(exception)
                        .map(failure -> new ConsumerChecks.Failure(failure.getCode(), FlowgladClient.error(failure).orElseThrow()));
            }
        });
    }
}
