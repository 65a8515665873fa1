package io.promocontracts.server.pipeline;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Caller;
import io.promocontracts.specs.ApiSpec;
import io.promocontracts.specs.SpecConformance;
import io.promocontracts.specs.SpecOperation;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard lets a handler run only for a request the pipeline checked against that handler's own operation. */
class CheckedOperationGuardTest {

    private final CheckedOperationGuard guard = new CheckedOperationGuard();

    /** Stands for a controller: its method is named like the operation it implements. */
    static final class Controller {
        public void createPromoCode() {
        }
    }

    @Test
    void aRequestTheRequestPipelineDidNotCheckNeverReachesAController() throws Exception {
        assertThatThrownBy(() -> guard.preHandle(new MockHttpServletRequest("POST", "/v1/promo_codes"),
                new MockHttpServletResponse(), handler()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.failure().status()).isEqualTo(404));
    }

    @Test
    void aRequestCheckedAgainstAnotherOperationNeverReachesThisOne() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/promo_codes");
        new CheckedRequest(new Caller("acct", false), operation("listPromoCodes"), Optional.empty()).attachTo(request);

        assertThatThrownBy(() -> guard.preHandle(request, new MockHttpServletResponse(), handler()))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void aRequestCheckedAgainstThisOperationReachesIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/promo_codes");
        new CheckedRequest(new Caller("acct", false), operation("createPromoCode"), Optional.empty()).attachTo(request);

        assertThat(guard.preHandle(request, new MockHttpServletResponse(), handler())).isTrue();
    }

    private static HandlerMethod handler() throws NoSuchMethodException {
        return new HandlerMethod(new Controller(), Controller.class.getMethod("createPromoCode"));
    }

    private static SpecOperation operation(String operationId) {
        return SpecConformance.of(ApiSpec.named("flex")).operations().stream()
                .filter(operation -> operation.operationId().equals(operationId)).findFirst().orElseThrow();
    }
}
