package io.promocontracts.client.flex;

import io.promocontracts.client.ErrorBodies;
import io.promocontracts.client.flex.api.CouponsApi;
import io.promocontracts.client.flex.api.PromoCodesApi;
import io.promocontracts.client.flex.model.FlexError;

import java.util.Optional;

/**
 * Entry point to the generated Flex client: its APIs authenticated with {@code Authorization: Bearer
 * <key>}, and the documented error body of a failed call.
 */
public final class FlexClient {

    private FlexClient() {
    }

    /** @param baseUrl e.g. {@code https://api.withflex.com} or {@code http://localhost:8080} */
    public static PromoCodesApi promoCodes(String baseUrl, String apiKey) {
        return new PromoCodesApi(client(baseUrl, apiKey));
    }

    public static CouponsApi coupons(String baseUrl, String apiKey) {
        return new CouponsApi(client(baseUrl, apiKey));
    }

    /** The client every generated API of Flex is made with: {@code new CouponsApi(client)}. */
    public static ApiClient client(String baseUrl, String apiKey) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + apiKey));
        return client;
    }

    /** The error the server documented for this failure, if its body is Flex's error shape. */
    public static Optional<FlexError> error(ApiException failure) {
        return ErrorBodies.decode(failure.getResponseBody(), JSON.getDefault().getMapper(), FlexError.class);
    }
}
