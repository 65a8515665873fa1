package io.promocontracts.server.limits;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerLimitsTest {

    private static final Caller ACME = new Caller("acct_acme", false);
    private static final Caller GLOBEX = new Caller("acct_globex", false);

    @Test
    void aCallerOverItsRateIsToldWhenToRetryWhileOthersGoOn() {
        CallerLimits limits = new CallerLimits(new LimitsProperties(1, 2, 100, Duration.ofSeconds(10)));
        limits.admit(ACME).close();
        limits.admit(ACME).close();

        assertThatThrownBy(() -> limits.admit(ACME)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.TOO_MANY_REQUESTS);
            assertThat(e.getMessage()).contains("1 per second");
            assertThat(e.headers()).containsEntry("Retry-After", "1");
        });
        limits.admit(GLOBEX).close();
        limits.admit(new Caller("acct_acme", true)).close();
    }

    @Test
    void aCallerHoldsAtMostItsConcurrentRequestsAndClosingOneFreesAPlaceOnce() {
        CallerLimits limits = new CallerLimits(new LimitsProperties(1000, 1000, 2, Duration.ofSeconds(10)));
        List<CallerLimits.Permit> held = new ArrayList<>(List.of(limits.admit(ACME), limits.admit(ACME)));

        assertThatThrownBy(() -> limits.admit(ACME)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.TOO_MANY_REQUESTS);
            assertThat(e.getMessage()).contains("2 under way at once");
        });
        limits.admit(GLOBEX);

        held.get(0).close();
        held.get(0).close();
        held.add(limits.admit(ACME));
        assertThatThrownBy(() -> limits.admit(ACME)).as("a permit closed twice freed one place only")
                .isInstanceOf(ApiException.class);
    }
}
