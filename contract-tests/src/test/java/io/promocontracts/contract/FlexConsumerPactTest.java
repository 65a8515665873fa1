package io.promocontracts.contract;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promocontracts.client.flex.ApiException;
import io.promocontracts.client.flex.FlexClient;
import io.promocontracts.client.flex.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

/** The generated Flex client against Pact's mock server, one interaction per documented outcome. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = FlexContract.PROVIDER, pactVersion = PactSpecVersion.V4)
class FlexConsumerPactTest {

    private static final String BEARER = "Bearer ";

    @Pact(consumer = ConsumerPacts.CONSUMER)
    V4Pact promoCodes(PactDslWithProvider builder) {
        return ConsumerPacts.pact(builder, SpecCases.of(FlexContract.INSTANCE));
    }

    @Test
    void theGeneratedClientHandlesEveryDocumentedOutcome(MockServer mockServer) throws Exception {
        ConsumerChecks.assertEveryCase(FlexContract.INSTANCE, mockServer.getUrl(), new ConsumerChecks.Client() {
            @Override
            public Object connectedTo(String url, String authorization) {
                return FlexClient.client(url, authorization.substring(BEARER.length()));
            }

            @Override
            public ObjectMapper json() {
                return JSON.getDefault().getMapper();
            }

            @Override
            public Optional<ConsumerChecks.Failure> failure(Exception exception) {
                return ConsumerChecks.ofType(ApiException.class).apply(exception)
                        .map(failure -> new ConsumerChecks.Failure(failure.getCode(), FlexClient.error(failure).orElseThrow()));
            }
        });
    }
}
