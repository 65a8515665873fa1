package io.promocontracts.server.flowglad;

import io.promocontracts.server.ServiceTest;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.idempotency.IdempotencyKey;
import io.promocontracts.testkit.DemoKeys;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flowglad's rules for discounts that no schema states: the key, never the body, decides the
 * organization and mode; a code is upper-cased, then held to its length, and unique per
 * organization and mode; a number of payments goes with its duration; an update keeps what it
 * does not give and names its own discount; what a caller reads is its own, oldest first.
 */
class DiscountServiceTest extends ServiceTest {

    private static final Caller ACME = new Caller(DemoKeys.FLOWGLAD_ACME, false);
    private static final Caller ACME_LIVE = new Caller(DemoKeys.FLOWGLAD_ACME, true);
    private static final Caller GLOBEX = new Caller(DemoKeys.FLOWGLAD_GLOBEX, false);

    @Autowired
    DiscountService discounts;

    @Test
    void theKeyDecidesOrganizationAndModeAndABodyThatNamesOthersIsRefused() {
        long stored = data.storedObjects();

        assertFails(Failure.FORBIDDEN, () -> discounts.create(ACME, Optional.empty(), discount(DemoKeys.FLOWGLAD_GLOBEX, null, code())));
        assertFails(Failure.FORBIDDEN, () -> discounts.create(ACME, Optional.empty(), discount(DemoKeys.FLOWGLAD_ACME, true, code())));

        assertThat(data.storedObjects()).isEqualTo(stored);
        DiscountRecord created = discounts.create(ACME_LIVE, Optional.empty(), discount(null, null, code()));
        assertThat(created.organizationId()).isEqualTo(DemoKeys.FLOWGLAD_ACME);
        assertThat(created.livemode()).isTrue();
    }

    /** Each code ends in four characters of its own: codes are unique per organization and mode across the tests. */
    @ParameterizedTest
    @CsvSource({"straße, STRASSE", "a, A", "twenty-characte, TWENTY-CHARACTE"})
    void aCodeIsUpperCasedThenHeldToItsLength(String code, String stored) {
        String own = code().substring(1, 5);

        assertThat(discounts.create(GLOBEX, Optional.empty(), discount(null, null, code + own)).code()).isEqualTo(stored + own);
    }

    @ParameterizedTest
    @CsvSource({"ßßßßßßßßßßß", "ab", "abcdefghijklmnopqrstu"})
    void aCodeOutsideItsLengthOnceUpperCasedIsRefused(String code) {
        assertFails(Failure.INVALID_REQUEST, () -> discounts.create(GLOBEX, Optional.empty(), discount(null, null, code)));
    }

    @Test
    void aCodeIsUniquePerOrganizationAndModeRegardlessOfCase() {
        String code = code();
        discounts.create(ACME, Optional.empty(), discount(null, null, code));

        assertFails(Failure.CONFLICT, () -> discounts.create(ACME, Optional.empty(), discount(null, null, code.toLowerCase())));
        assertThat(discounts.create(ACME_LIVE, Optional.empty(), discount(null, null, code)).code()).isEqualTo(code);
        assertThat(discounts.create(GLOBEX, Optional.empty(), discount(null, null, code)).code()).isEqualTo(code);
        DiscountRecord other = discounts.create(ACME, Optional.empty(), discount(null, null, code()));
        assertFails(Failure.CONFLICT, () -> discounts.update(ACME, other.id(), change(other.id(), code, DiscountDuration.once, null)));
    }

    @ParameterizedTest
    @CsvSource(value = {"once, 3", "forever, 1", "number_of_payments, NULL", "number_of_payments, 0"}, nullValues = "NULL")
    void aNumberOfPaymentsGoesWithItsDurationOnly(DiscountDuration duration, Integer payments) {
        NewDiscount asked = new NewDiscount(null, null, "Payments", code(), 10, "percent", null, duration, payments);

        assertFails(Failure.INVALID_REQUEST, () -> discounts.create(ACME, Optional.empty(), asked));
    }

    @Test
    void anUpdateReplacesTheVariantKeepsNameActivityAndCreationAndNamesItsOwnDiscount() {
        DiscountRecord created = discounts.create(ACME, Optional.empty(), discount(null, null, code()));

        DiscountRecord updated = discounts.update(ACME, created.id(), change(created.id(), code(), DiscountDuration.number_of_payments, 3));

        assertThat(updated.name()).isEqualTo(created.name());
        assertThat(updated.active()).isEqualTo(created.active());
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
        assertThat(updated.numberOfPayments()).isEqualTo(3);
        assertThat(discounts.get(ACME, created.id())).isEqualTo(updated);
        assertFails(Failure.INVALID_REQUEST, () -> discounts.update(ACME, created.id(), change("discount_Vb7Hk2Lq9ZsX4cNw8RtY1", code(),
                DiscountDuration.once, null)));
        assertFails(Failure.NO_SUCH_OBJECT, () -> discounts.update(GLOBEX, created.id(), change(created.id(), code(), DiscountDuration.once, null)));
        assertFails(Failure.NO_SUCH_OBJECT, () -> discounts.get(ACME_LIVE, created.id()));
    }

    @Test
    void aListPagesThroughAnOrganizationsDiscountsOldestFirstWithItsTotal() {
        Caller own = new Caller("org_" + UUID.randomUUID().toString().replace("-", "").substring(0, 21), false);
        data.flowgladOrganization(own.tenantId(), "sk_test_service_" + code().toLowerCase(), false);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(discounts.create(own, Optional.empty(), discount(null, null, code())).id());
        }

        List<String> paged = new ArrayList<>();
        DiscountPage page = discounts.list(own, null, 2);
        page.discounts().forEach(discount -> paged.add(discount.id()));
        while (page.hasMore()) {
            assertThat(page.total()).isEqualTo(5);
            page = discounts.list(own, page.nextCursor(), 2);
            page.discounts().forEach(discount -> paged.add(discount.id()));
        }

        assertThat(paged).isEqualTo(created);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void anIdempotencyKeyAnswersARetryWithTheFirstDiscount() {
        IdempotencyKey key = new IdempotencyKey("createDiscount", UUID.randomUUID().toString(), "digest");
        NewDiscount asked = discount(null, null, code());
        DiscountRecord first = discounts.create(ACME, Optional.of(key), asked);

        assertThat(discounts.create(ACME, Optional.of(key), asked)).isEqualTo(first);
        assertFails(Failure.IDEMPOTENCY_KEY_REUSED, () -> discounts.create(ACME,
                Optional.of(new IdempotencyKey(key.operation(), key.value(), "another digest")), asked));
    }

    private static NewDiscount discount(String organizationId, Boolean livemode, String code) {
        return new NewDiscount(organizationId, livemode, "Service", code, 15, "percent", null, DiscountDuration.once, null);
    }

    private static DiscountChange change(String id, String code, DiscountDuration duration, Integer payments) {
        return new DiscountChange(id, null, code, 20, "fixed", null, duration, payments);
    }

    /** A code no other test has, of 12 characters. */
    private static String code() {
        return "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 11).toUpperCase();
    }

    private static void assertFails(Failure failure, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.failure()).isEqualTo(failure));
    }
}
