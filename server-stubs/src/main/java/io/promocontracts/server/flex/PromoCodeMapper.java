package io.promocontracts.server.flex;

import io.promocontracts.server.flex.api.model.PromoCode;
import io.promocontracts.server.flex.api.model.PromoCodeCreate;
import io.promocontracts.server.flex.api.model.PromoCodeList;
import io.promocontracts.server.flex.api.model.PromoCodeResponse;
import io.promocontracts.server.flex.api.model.PromoCodeUpdate;

import java.util.LinkedHashMap;

/** Between the models generated from the Flex spec and the service's records. */
final class PromoCodeMapper {

    private PromoCodeMapper() {
    }

    static NewPromoCode toNewPromoCode(PromoCodeCreate body) {
        return new NewPromoCode(body.getCouponId(), body.getCode(), body.getMaxRedemptions(), body.getCustomer(),
                body.getMetadata());
    }

    static PromoCodeChange toChange(PromoCodeUpdate body) {
        return new PromoCodeChange(body.getActive(), body.getMetadata());
    }

    static PromoCodeResponse toResponse(PromoCodeRecord promoCode) {
        return new PromoCodeResponse().promoCode(toPromoCode(promoCode));
    }

    static PromoCodeList toList(PromoCodePage page) {
        return new PromoCodeList()
                .promoCodes(page.promoCodes().stream().map(PromoCodeMapper::toPromoCode).toList())
                .hasMore(page.hasMore());
    }

    private static PromoCode toPromoCode(PromoCodeRecord promoCode) {
        return new PromoCode()
                .promoCodeId(promoCode.promoCodeId())
                .code(promoCode.code())
                .coupon(CouponMapper.toCoupon(promoCode.coupon()))
                .maxRedemptions(promoCode.maxRedemptions())
                .timesRedeemed(promoCode.timesRedeemed())
                .createdAt(promoCode.createdAt())
                .customer(promoCode.customer())
                .active(promoCode.active())
                .metadata(new LinkedHashMap<>(promoCode.metadata()))
                .testMode(promoCode.testMode());
    }
}
