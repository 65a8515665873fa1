package io.promocontracts.client.flowglad;

import io.promocontracts.client.ErrorBodies;
import io.promocontracts.client.flowglad.api.DiscountsApi;
import io.promocontracts.client.flowglad.model.FlowgladError;

import java.util.Optional;

/**
 * Entry point to the generated Flowglad client: an API authenticated with {@code Authorization:
 * <key>}, and the documented error body of a failed call.
 */
public final class FlowgladClient {

    private FlowgladClient() {
    }

    /** @param baseUrl e.g. {@code https://app.flowglad.com} or {@code http://localhost:8080} */
    public static DiscountsApi discounts(String baseUrl, String apiKey) {
        return new DiscountsApi(client(baseUrl, apiKey));
    }

    /** The client every generated API of Flowglad is made with: {@code new DiscountsApi(client)}. */
    public static ApiClient client(String baseUrl, String apiKey) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", apiKey));
        return client;
    }

    /** The error the server documented for this failure, if its body is Flowglad's error shape. */
    public static Optional<FlowgladError> error(ApiException failure) {
        return ErrorBodies.decode(failure.getResponseBody(), JSON.getDefault().getMapper(), FlowgladError.class);
    }
}
