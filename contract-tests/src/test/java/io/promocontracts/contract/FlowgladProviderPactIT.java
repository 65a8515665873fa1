package io.promocontracts.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.promocontracts.specs.ApiSpec;

import java.util.Map;

/** The real application verifies every interaction the Flowglad consumer pact holds. */
@Provider(FlowgladContract.PROVIDER)
@PactFolder("target/pacts")
class FlowgladProviderPactIT extends ProviderVerification {

    private static final ObjectMapper JSON = new ObjectMapper();

    @State(FlowgladContract.ORGANIZATION_WITH_KEY)
    void organizationWithKey(Map<String, Object> params) {
        String organization = (String) params.get("organization");
        boolean live = (Boolean) params.get("live");
        data().flowgladOrganization(organization, (String) params.get("key"), live);
        data().noFlowgladDiscounts(organization, live);
    }

    @State(FlowgladContract.ORGANIZATION_WITH_DISCOUNT)
    void organizationWithDiscount(Map<String, Object> params) {
        organizationWithKey(params);
        ObjectNode discount = (ObjectNode) ApiSpec.FLOWGLAD.responseExample("createDiscount", 200, "forever").get("discount");
        discount.put("id", "discount_PactExistingDiscount1").put("organizationId", (String) params.get("organization"))
                .put("livemode", (Boolean) params.get("live")).put("code", (String) params.get("code"));
        data().flowgladDiscount(discount);
    }

    @State(FlowgladContract.ORGANIZATION_WITH_ONLY_THIS_DISCOUNT)
    void organizationWithOnlyThisDiscount(Map<String, Object> params) {
        organizationWithKey(params);
        data().flowgladOnlyDiscount(JSON.valueToTree(params.get("discount")));
    }

    @State(FlowgladContract.NO_SUCH_KEY)
    void noKey() {
        // The key of this interaction is registered nowhere: nothing to set up.
    }
}
