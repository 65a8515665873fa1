package io.promocontracts.server.auth;

import io.promocontracts.server.common.Api;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.common.Sha256;
import io.promocontracts.server.flex.FlexApi;
import io.promocontracts.server.limits.AddressLimits;
import io.promocontracts.server.limits.UnauthenticatedLimitsProperties;
import io.promocontracts.testkit.DemoKeys;
import io.promocontracts.testkit.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a key costs the database: a key found is looked up once and remembered, and so is a key
 * nobody has; every lookup takes a share of the client address's, and an address past its share
 * is answered 429 before any lookup while its known keys go on. Over a real H2 database holding
 * the demo keys, its lookups counted.
 */
class ApiKeysTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String NEIGHBOUR = "198.51.100.2";
    private static final String KNOWN = "Bearer " + DemoKeys.FLEX_ACME_TEST;

    private final AtomicInteger lookups = new AtomicInteger();
    private ApiKeys keys;

    @BeforeEach
    void keysOverADatabase() {
        JdbcClient jdbc = JdbcClient.create(DataSourceBuilder.create().url(TestDatabase.freshH2Url()).username("sa").build());
        jdbc.sql("CREATE TABLE api_key (key_hash CHAR(64) PRIMARY KEY, api VARCHAR(16), tenant_id VARCHAR(64), live BOOLEAN)").update();
        jdbc.sql("INSERT INTO api_key VALUES (?, 'FLEX', 'acct_acme', FALSE)")
                .param(Sha256.hex(DemoKeys.FLEX_ACME_TEST.getBytes(StandardCharsets.UTF_8))).update();
        ApiKeyRepository counted = new ApiKeyRepository(jdbc) {
            @Override
            public Optional<Caller> findByHash(Api api, String keyHash) {
                lookups.incrementAndGet();
                return super.findByHash(api, keyHash);
            }
        };
        keys = new ApiKeys(counted, new AddressLimits(new UnauthenticatedLimitsProperties(1, 10)));
    }

    @Test
    void aKeyIsLookedUpOnceWhetherSomeoneHasItOrNot() {
        for (int i = 0; i < 5; i++) {
            assertThat(keys.authenticate(new FlexApi(), KNOWN, NEIGHBOUR)).contains(new Caller("acct_acme", false));
            assertThat(keys.authenticate(new FlexApi(), "Bearer fsk_test_nobody", NEIGHBOUR)).isEmpty();
        }

        assertThat(lookups).hasValue(2);
    }

    @Test
    void anAddressPastItsShareOfLookupsIsToldToRetryBeforeAnyLookupWhileKnownKeysGoOn() {
        keys.authenticate(new FlexApi(), KNOWN, ATTACKER);
        for (int i = 1; i < 10; i++) {
            assertThat(keys.authenticate(new FlexApi(), "Bearer fsk_test_wrong_" + i, ATTACKER)).isEmpty();
        }
        int looked = lookups.get();

        assertThatThrownBy(() -> keys.authenticate(new FlexApi(), "Bearer fsk_test_wrong_10", ATTACKER))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.failure()).isEqualTo(Failure.TOO_MANY_REQUESTS);
                    assertThat(refused.headers()).containsEntry("Retry-After", "1");
                });
        assertThatThrownBy(() -> keys.authenticate(new FlexApi(), null, ATTACKER)).as("no key at all").isInstanceOf(ApiException.class);
        assertThat(lookups).as("no lookup past the share").hasValue(looked);
        assertThat(keys.authenticate(new FlexApi(), KNOWN, ATTACKER)).as("a key found lately").isPresent();
        assertThat(keys.authenticate(new FlexApi(), "Bearer fsk_test_wrong_11", NEIGHBOUR)).as("another address").isEmpty();
    }
}
