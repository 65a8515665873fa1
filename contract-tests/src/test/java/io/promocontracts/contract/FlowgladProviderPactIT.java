package io.promocontracts.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.promocontracts.server.auth.ApiKeys;
import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.flowglad.DiscountDuration;
import io.promocontracts.server.flowglad.DiscountRecord;
import io.promocontracts.server.flowglad.DiscountRepository;
import io.promocontracts.server.flowglad.OrganizationRepository;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.Map;

/** The real application verifies every interaction the Flowglad consumer pact holds. */
@Provider(FlowgladContract.PROVIDER)
@PactFolder("target/pacts")
class FlowgladProviderPactIT extends ProviderVerification {

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    DiscountRepository discounts;

    @State(FlowgladContract.ORGANIZATION_WITH_KEY)
    void organizationWithKey(Map<String, Object> params) {
        String organization = (String) params.get("organization");
        organizations.insertIfAbsent(organization, "Pact " + organization);
        apiKeys.register(Api.FLOWGLAD, (String) params.get("key"), new Caller(organization, (Boolean) params.get("live")));
    }

    @State(FlowgladContract.ORGANIZATION_WITH_DISCOUNT)
    void organizationWithDiscount(Map<String, Object> params) {
        organizationWithKey(params);
        String organization = (String) params.get("organization");
        boolean live = (Boolean) params.get("live");
        String code = (String) params.get("code");
        if (discounts.findByCode(organization, live, code).isEmpty()) {
            OffsetDateTime now = OffsetDateTime.now();
            discounts.insert(new DiscountRecord("discount_PactExistingDiscount1", now, now, live, organization, "Existing",
                    code, 10, "percent", true, DiscountDuration.forever, null));
        }
    }

    @State(FlowgladContract.NO_SUCH_KEY)
    void noKey() {
        // The key of this interaction is registered nowhere: nothing to set up.
    }
}
