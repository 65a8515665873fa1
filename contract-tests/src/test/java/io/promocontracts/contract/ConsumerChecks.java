package io.promocontracts.contract;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every case of a contract through a generated client against Pact's mock server: a success
 * must decode to a model that carries every value of the documented response, an error must be
 * the client's failure with the documented status and a decodable error body equal to the example.
 */
final class ConsumerChecks {

    /** How one generated client is made and how it reports a failed call. */
    interface Client {
        /** The generated {@code ApiClient} of the API at this URL, authenticating with this {@code Authorization} value. */
        Object connectedTo(String url, String authorization);

        ObjectMapper json();

        /** The status and decoded error body of the client's failure, if it is one. */
        Optional<Failure> failure(Exception exception);
    }

    record Failure(int status, Object body) {
    }

    private ConsumerChecks() {
    }

    static void assertEveryCase(ApiContract contract, String mockServerUrl, Client client) throws Exception {
        for (ContractCase contractCase : SpecCases.of(contract)) {
            Object api = client.connectedTo(mockServerUrl, contractCase.authorization());
            Object answer;
            try {
                answer = ClientCalls.call(api, client.json(), contract.spec(), contractCase.call());
            } catch (Exception e) {
                Failure failure = client.failure(e).orElseThrow(() -> e);
                assertThat(contractCase.isError()).as("%s failed: %s", contractCase.description(), e).isTrue();
                assertThat(failure.status()).as(contractCase.description()).isEqualTo(contractCase.status());
                ExampleAssertions.assertCarriesExample(client.json().valueToTree(failure.body()), contractCase.response());
                continue;
            }
            if (contractCase.isError()) {
                fail("%s: expected the documented %s, the client answered %s", contractCase.description(), contractCase.status(), answer);
            }
            ExampleAssertions.assertCarriesExample(client.json().valueToTree(answer), contractCase.response());
        }
    }

    /** The part of a function's failures that are of the client's own type. */
    static <E extends Exception> Function<Exception, Optional<E>> ofType(Class<E> type) {
        return exception -> type.isInstance(exception) ? Optional.of(type.cast(exception)) : Optional.empty();
    }
}
