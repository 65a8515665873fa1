package io.promocontracts.client;

import io.promocontracts.client.flowglad.ApiException;
import io.promocontracts.client.flowglad.FlowgladClient;
import io.promocontracts.client.flowglad.api.DiscountsApi;
import io.promocontracts.client.flowglad.model.AmountType;
import io.promocontracts.client.flowglad.model.CreateDiscountRequest;
import io.promocontracts.client.flowglad.model.Discount;
import io.promocontracts.client.flowglad.model.DiscountCreate;
import io.promocontracts.client.flowglad.model.DiscountForever;
import io.promocontracts.client.flowglad.model.DiscountForeverCreate;
import io.promocontracts.client.flowglad.model.DiscountForeverListed;
import io.promocontracts.client.flowglad.model.DiscountList;
import io.promocontracts.client.flowglad.model.DiscountListed;
import io.promocontracts.client.flowglad.model.DiscountNumberOfPayments;
import io.promocontracts.client.flowglad.model.DiscountNumberOfPaymentsCreate;
import io.promocontracts.client.flowglad.model.DiscountNumberOfPaymentsListed;
import io.promocontracts.client.flowglad.model.DiscountOnce;
import io.promocontracts.client.flowglad.model.DiscountOnceCreate;
import io.promocontracts.client.flowglad.model.DiscountOnceListed;
import io.promocontracts.client.flowglad.model.FlowgladError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FlowgladClientTest {

    private static final String TEST_KEY = "sk_test_acme_5d2b9f47e1c3a860";
    private static final String ORGANIZATION = "org_Qm3vTz8Kp1LxW7aRn2Yd5";

    private final DiscountsApi discounts = FlowgladClient.discounts(LocalServer.baseUrl(), TEST_KEY);

    @Test
    void createsAOnceDiscountAndReadsItBackAsTheOnceVariant() throws Exception {
        String code = LocalServer.uniqueCode().toLowerCase();
        Discount created = create(new DiscountCreate(new DiscountOnceCreate().name("Once").code(code).amount(20L)
                .amountType(AmountType.PERCENT).duration("once").organizationId(ORGANIZATION).livemode(false)));

        assertThat(created.getActualInstance()).isInstanceOf(DiscountOnce.class);
        DiscountOnce once = created.getDiscountOnce();
        assertThat(once.getId()).matches("discount_[0-9A-Za-z]{21}");
        assertThat(once.getCode()).isEqualTo(code.toUpperCase());
        assertThat(once.getName()).isEqualTo("Once");
        assertThat(once.getAmount()).isEqualTo(20L);
        assertThat(once.getAmountType()).isEqualTo(AmountType.PERCENT);
        assertThat(once.getActive()).isTrue();
        assertThat(once.getLivemode()).isFalse();
        assertThat(once.getOrganizationId()).isEqualTo(ORGANIZATION);
        assertThat(once.getNumberOfPayments()).isNull();
        assertThat(once.getCreatedAt()).isEqualTo(once.getUpdatedAt());
    }

    @Test
    void createsANumberOfPaymentsDiscountAndReadsItsPayments() throws Exception {
        Discount created = create(new DiscountCreate(new DiscountNumberOfPaymentsCreate().name("Three").code(LocalServer.uniqueCode())
                .amount(500L).amountType(AmountType.FIXED).duration("number_of_payments").numberOfPayments(3)));

        assertThat(created.getActualInstance()).isInstanceOf(DiscountNumberOfPayments.class);
        assertThat(created.getDiscountNumberOfPayments().getNumberOfPayments()).isEqualTo(3);
        assertThat(created.getDiscountNumberOfPayments().getAmountType()).isEqualTo(AmountType.FIXED);
    }

    @Test
    void createsAForeverDiscountAndReadsItBackAsTheForeverVariant() throws Exception {
        Discount created = create(new DiscountCreate(new DiscountForeverCreate().name("Always").code(LocalServer.uniqueCode())
                .amount(15L).amountType(AmountType.PERCENT).duration("forever").active(false)));

        assertThat(created.getActualInstance()).isInstanceOf(DiscountForever.class);
        assertThat(created.getDiscountForever().getActive()).isFalse();
        assertThat(created.getDiscountForever().getNumberOfPayments()).isNull();
    }

    @Test
    void errorsAreTyped() throws Exception {
        String code = LocalServer.uniqueCode();
        DiscountCreate discount = new DiscountCreate(new DiscountOnceCreate().name("Dup").code(code).amount(1L)
                .amountType(AmountType.FIXED).duration("once"));
        create(discount);

        assertError(() -> discounts.createDiscount(new CreateDiscountRequest().discount(discount), null), 409, "CONFLICT");
        assertError(() -> FlowgladClient.discounts(LocalServer.baseUrl(), "sk_test_unknown")
                .createDiscount(new CreateDiscountRequest().discount(discount), null), 401, "UNAUTHORIZED");
        FlowgladError invalid = assertError(() -> discounts.createDiscount(new CreateDiscountRequest().discount(new DiscountCreate(
                new DiscountOnceCreate().name("Short").code("ab").amount(1L).amountType(AmountType.FIXED).duration("once"))), null),
                400, "BAD_REQUEST");
        assertThat(invalid.getIssues()).anySatisfy(issue -> assertThat(issue.getPath()).containsExactly("discount", "code"));
    }

    private Discount create(DiscountCreate discount) throws ApiException {
        return discounts.createDiscount(new CreateDiscountRequest().discount(discount), null).getDiscount();
    }

    private static FlowgladError assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String code) {
        ApiException failure = (ApiException) org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(failure).isNotNull();
        assertThat(failure.getCode()).isEqualTo(status);
        FlowgladError error = FlowgladClient.error(failure).orElseThrow();
        assertThat(error.getCode()).isEqualTo(code);
        return error;
    }

    @Test
    void getsAndListsWhatItCreatedPageByPage() throws Exception {
        Discount created = create(new DiscountCreate(new DiscountForeverCreate().name("Listed").code(LocalServer.uniqueCode())
                .amount(5L).amountType(AmountType.PERCENT).duration("forever")));
        String id = created.getDiscountForever().getId();

        DiscountForeverListed got = discounts.getDiscount(id).getDiscount().getDiscountForeverListed();
        assertThat(got.getCode()).isEqualTo(created.getDiscountForever().getCode());
        assertThat(got.getCreatedAt()).isEqualTo(created.getDiscountForever().getCreatedAt());
        assertThat(got.getRedemptionCount()).isZero();
        List<String> listed = new ArrayList<>();
        String cursor = null;
        DiscountList page;
        do {
            page = discounts.listDiscounts(cursor, 2);
            assertThat(page.getCurrentCursor()).isEqualTo(cursor);
            assertThat(page.getData()).hasSizeBetween(1, 2);
            page.getData().forEach(discount -> listed.add(idOf(discount)));
            cursor = page.getNextCursor();
        } while (page.getHasMore());
        assertThat(listed).as("oldest first: the newest discount comes last").last().isEqualTo(id);
        assertThat(listed).doesNotHaveDuplicates().hasSize(page.getTotal());
        assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() -> FlowgladClient.discounts(LocalServer.baseUrl(), "sk_test_globex_8c4f1a62e9d5b037").getDiscount(id))
                .satisfies(failure -> assertThat(failure.getCode()).isEqualTo(404));
    }

    private static String idOf(DiscountListed discount) {
        Object variant = discount.getActualInstance();
        if (variant instanceof DiscountOnceListed once) {
            return once.getId();
        }
        if (variant instanceof DiscountNumberOfPaymentsListed payments) {
            return payments.getId();
        }
        return ((DiscountForeverListed) variant).getId();
    }
}
