package io.promocontracts.server.flex;

import io.promocontracts.server.flex.api.model.AppliesTo;
import io.promocontracts.server.flex.api.model.Coupon;
import io.promocontracts.server.flex.api.model.CouponCreate;
import io.promocontracts.server.flex.api.model.CouponList;
import io.promocontracts.server.flex.api.model.CouponResponse;

import java.util.LinkedHashMap;
import java.util.List;

/** Between the coupon models generated from the Flex spec and the service's records. */
final class CouponMapper {

    private CouponMapper() {
    }

    static NewCoupon toNewCoupon(CouponCreate body) {
        AppliesTo appliesTo = body.getAppliesTo();
        List<String> products = appliesTo == null ? null : appliesTo.getProducts() == null ? List.of() : appliesTo.getProducts();
        return new NewCoupon(body.getName(), body.getAmountOff(), body.getPercentOff(),
                CouponRecord.CouponDuration.valueOf(body.getDuration().getValue()), body.getDurationInMonths(),
                body.getMaxRedemptions(), products, body.getMetadata());
    }

    static CouponResponse toResponse(CouponRecord coupon) {
        return new CouponResponse().coupon(toCoupon(coupon));
    }

    static CouponList toList(CouponPage page) {
        return new CouponList().coupons(page.coupons().stream().map(CouponMapper::toCoupon).toList()).hasMore(page.hasMore());
    }

    static Coupon toCoupon(CouponRecord coupon) {
        return new Coupon()
                .couponId(coupon.couponId())
                .name(coupon.name())
                .amountOff(coupon.amountOff())
                .percentOff(coupon.percentOff())
                .appliesTo(toAppliesTo(coupon.appliesToProducts()))
                .duration(Coupon.DurationEnum.fromValue(coupon.duration().name()))
                .durationInMonths(coupon.durationInMonths())
                .maxRedemptions(coupon.maxRedemptions())
                .timesRedeemed(coupon.timesRedeemed())
                .valid(coupon.valid())
                .metadata(new LinkedHashMap<>(coupon.metadata()))
                .createdAt(coupon.createdAt())
                .testMode(coupon.testMode());
    }

    /** No list is all products ({@code null}); an empty one is a coupon created with {@code applies_to: {}}, answered as it was sent. */
    private static AppliesTo toAppliesTo(List<String> products) {
        if (products == null) {
            return null;
        }
        return products.isEmpty() ? new AppliesTo() : new AppliesTo().products(products);
    }
}
