package io.promocontracts.contract;

import io.promocontracts.testkit.TestDatabase;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import io.promocontracts.contract.coverage.ContractSource;
import io.promocontracts.contract.coverage.ObservedAnswers;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import io.promocontracts.server.PromoContractsApplication;
import io.promocontracts.testkit.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real application on a random port over its own fresh in-memory H2, verifying one interaction
 * of a pact per invocation. Subclasses name the provider and set up its states.
 */
@SpringBootTest(classes = PromoContractsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = TestDatabase.FRESH_H2)
abstract class ProviderVerification {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Provider states set their data up from test code, straight in the application's database. */
    TestData data() {
        return new TestData(jdbc);
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", port));
    }

    /** Verifies the interaction (it throws if the application's answer does not match) and counts it in the contract coverage. */
    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
        context.verifyInteraction();
        SynchronousRequestResponse interaction = context.getInteraction().asSynchronousRequestResponse();
        ObservedAnswers.record(ContractSource.PROVIDER_VERIFICATION, interaction.getRequest().getMethod(),
                interaction.getRequest().getPath(), interaction.getResponse().getStatus(), interaction.getDescription(),
                interaction.getResponse().getBody().valueAsString());
    }
}
