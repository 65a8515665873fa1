package io.promocontracts.contract.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerUnderTestTest {

    @Test
    void threeKeysAreTheCallerAnotherTenantAndTheCallersLiveMode() {
        ServerUnderTest.Keys keys = ServerUnderTest.Keys.parse("flex", " fsk_test_a , fsk_test_b,fsk_live_a ");

        assertThat(keys).isEqualTo(new ServerUnderTest.Keys("fsk_test_a", "fsk_test_b", "fsk_live_a"));
    }

    @Test
    void anythingButThreeKeysIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> ServerUnderTest.Keys.parse("flowglad", "sk_test_a,sk_test_b"))
                .hasMessageContaining("FLOWGLAD_KEYS takes three keys");
        assertThatThrownBy(() -> ServerUnderTest.Keys.parse("flowglad", "sk_test_a,,sk_live_a"))
                .hasMessageContaining("FLOWGLAD_KEYS takes three keys");
    }
}
