package io.promocontracts.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.specs.ApiSpec;

import java.util.Map;

/** The real application verifies every interaction the Flowglad consumer pact holds. */
@Provider(FlowgladContract.PROVIDER)
@PactFolder("target/pacts")
class FlowgladProviderPactIT extends ProviderVerification {

    @State(FlowgladContract.ORGANIZATION_WITH_KEY)
    void organizationWithKey(Map<String, Object> params) {
        data().flowgladOrganization((String) params.get("organization"), (String) params.get("key"), (Boolean) params.get("live"));
    }

    @State(FlowgladContract.ORGANIZATION_WITH_DISCOUNT)
    void organizationWithDiscount(Map<String, Object> params) {
        organizationWithKey(params);
        ObjectNode discount = (ObjectNode) ApiSpec.FLOWGLAD.responseExample("createDiscount", 200, "forever").get("discount");
        discount.put("id", "discount_PactExistingDiscount1").put("organizationId", (String) params.get("organization"))
                .put("livemode", (Boolean) params.get("live")).put("code", (String) params.get("code"));
        data().flowgladDiscount(discount);
    }

    @State(FlowgladContract.NO_SUCH_KEY)
    void noKey() {
        // The key of this interaction is registered nowhere: nothing to set up.
    }
}
