package io.promocontracts.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/** The real application verifies every interaction of every consumer's pact with the Flowglad API. */
@Provider(FlowgladContract.PROVIDER)
@PactFolder("target/pacts")
class FlowgladProviderPactIT extends ProviderVerification {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An organization with a key and no discounts in the mode. */
    @State(ProviderStates.TENANT)
    void tenant(Map<String, Object> params) {
        String organization = (String) params.get("tenant");
        boolean live = (Boolean) params.get("live");
        data().flowgladOrganization(organization, (String) params.get("key"), live);
        data().noFlowgladDiscounts(organization, live);
    }

    /** As {@link #tenant}, holding exactly these discounts. */
    @State(ProviderStates.HOLDING)
    void holding(Map<String, Object> params) {
        tenant(params);
        for (Object discount : (List<?>) params.get("objects")) {
            data().flowgladDiscount(JSON.valueToTree(discount));
        }
    }

    @State(ProviderStates.NO_KEY)
    void noKey() {
        // The key of this interaction is registered nowhere: nothing to set up.
    }
}
