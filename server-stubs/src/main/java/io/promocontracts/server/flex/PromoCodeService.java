package io.promocontracts.server.flex;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.common.PageBudget;
import io.promocontracts.server.common.Problem;
import io.promocontracts.server.common.Timestamps;
import io.promocontracts.server.idempotency.IdempotencyKey;
import io.promocontracts.server.idempotency.IdempotentCreates;
import io.promocontracts.server.storage.CommitOutcomes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Flex's rules for creating a promo code, beyond what the spec's schema already holds. */
@Service
public class PromoCodeService {

    private static final String GENERATED_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_CODE_LENGTH = 10;
    /**
     * A promo code's answer at most, besides what its page's query counts (its and its coupon's
     * metadata, the coupon's product ids): ids, a code of 64 characters, numbers, timestamps, member
     * names, and a coupon name of 255 characters, each of which JSON may write as six ({@code \u0001}).
     * FlexPageBudgetTest holds it against the largest promo code the spec allows.
     */
    static final int PROMO_CODE_FIXED_BYTES = 3 * 1024;

    private final CouponRepository coupons;
    private final PromoCodeRepository promoCodes;
    private final Timestamps timestamps;
    private final IdempotentCreates idempotentCreates;
    private final CommitOutcomes commits;
    /** Generated codes are what customers type to get a discount: they come from a secure source. */
    private final SecureRandom random = new SecureRandom();

    public PromoCodeService(CouponRepository coupons, PromoCodeRepository promoCodes, Timestamps timestamps,
                            IdempotentCreates idempotentCreates, CommitOutcomes commits) {
        this.coupons = coupons;
        this.promoCodes = promoCodes;
        this.timestamps = timestamps;
        this.idempotentCreates = idempotentCreates;
        this.commits = commits;
    }

    /**
     * Creates a promo code; with an idempotency key already used for one, answers with that one
     * instead. Should the database fail while committing it, the answer is what was stored under its id.
     */
    public PromoCodeRecord create(Caller caller, Optional<IdempotencyKey> key, NewPromoCode request) {
        OffsetDateTime createdAt = timestamps.now();
        String id = FlexIds.newId("fpromo_", createdAt);
        return commits.create(() -> create(caller, key, request, id, createdAt),
                () -> promoCodes.find(caller.tenantId(), !caller.live(), id));
    }

    private PromoCodeRecord create(Caller caller, Optional<IdempotencyKey> key, NewPromoCode request, String id, OffsetDateTime createdAt) {
        Optional<String> earlier = idempotentCreates.claim(caller, key);
        if (earlier.isPresent()) {
            return retrieve(caller, earlier.get());
        }
        boolean testMode = !caller.live();
        CouponRecord coupon = coupons.find(caller.tenantId(), testMode, request.couponId())
                .orElseThrow(() -> new ApiException(Failure.RESOURCE_MISSING, "No such coupon: " + request.couponId()));
        checkRedeemable(coupon, request.maxRedemptions());

        String code = request.code() != null ? request.code() : generateCode();
        PromoCodeRecord promoCode = new PromoCodeRecord(id, code, coupon, request.maxRedemptions(), 0,
                createdAt, request.customer(), true, request.metadata(), testMode);
        try {
            promoCodes.insert(caller.tenantId(), promoCode);
        } catch (DuplicateKeyException e) {
            throw new ApiException(Failure.CONFLICT, "An active promo code with code " + code + " already exists.");
        }
        idempotentCreates.complete(caller, key, promoCode.promoCodeId());
        return promoCode;
    }

    /** A promo code of the caller's account and mode; one of another account or mode does not exist for the caller. */
    @Transactional(readOnly = true)
    public PromoCodeRecord retrieve(Caller caller, String promoCodeId) {
        return promoCodes.find(caller.tenantId(), !caller.live(), promoCodeId.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new ApiException(Failure.NO_SUCH_OBJECT, "No such promo code: " + promoCodeId));
    }

    /**
     * Changes whether a promo code is active and its metadata, each only when given. Reactivating
     * needs the code to be free among the active promo codes: the database's unique constraint
     * decides, also against a concurrent create or reactivation. The row is locked from the read to
     * the write, so concurrent updates apply one after the other, each whole.
     */
    @Transactional
    public PromoCodeRecord update(Caller caller, String promoCodeId, PromoCodeChange change) {
        PromoCodeRecord current = promoCodes.findForUpdate(caller.tenantId(), !caller.live(), promoCodeId.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new ApiException(Failure.NO_SUCH_OBJECT, "No such promo code: " + promoCodeId));
        PromoCodeRecord updated = current.with(change.active() != null ? change.active() : current.active(),
                change.metadata() != null ? change.metadata() : current.metadata());
        try {
            promoCodes.update(caller.tenantId(), updated);
        } catch (DuplicateKeyException e) {
            throw new ApiException(Failure.CONFLICT, "An active promo code with code " + updated.code() + " already exists.");
        }
        return updated;
    }

    /**
     * A page of the caller's promo codes, newest first, after {@code startingAfter} when given: at
     * most {@code limit}, and no more than fit the {@link PageBudget} (metadata and its coupon's
     * products may make one promo code weigh eighty kilobytes). Their sizes are read first, then the
     * promo codes that fit.
     */
    @Transactional(readOnly = true)
    public PromoCodePage list(Caller caller, Boolean active, int limit, String startingAfter) {
        String before = startingAfter == null ? null : startingAfter.toLowerCase(Locale.ROOT);
        List<Integer> sizes = promoCodes.variableBytes(caller.tenantId(), !caller.live(), active, before, limit + 1);
        int shown = PageBudget.fitting(sizes, PROMO_CODE_FIXED_BYTES, limit);
        List<PromoCodeRecord> page = shown == 0 ? List.of() : promoCodes.list(caller.tenantId(), !caller.live(), active, before, shown);
        return new PromoCodePage(page, sizes.size() > page.size());
    }

    private static void checkRedeemable(CouponRecord coupon, Integer maxRedemptions) {
        if (!coupon.valid()) {
            throw ApiException.invalid("Coupon " + coupon.couponId() + " is no longer valid.",
                    new Problem(List.of("promo_code", "coupon_id"), Problem.CUSTOM, "coupon is not valid"));
        }
        if (maxRedemptions != null && coupon.maxRedemptions() != null && maxRedemptions > coupon.maxRedemptions()) {
            throw ApiException.invalid("max_redemptions (" + maxRedemptions + ") may not exceed the coupon's max_redemptions ("
                            + coupon.maxRedemptions() + ").",
                    new Problem(List.of("promo_code", "max_redemptions"), "maximum", "exceeds the coupon's max_redemptions"));
        }
    }

    private String generateCode() {
        StringBuilder code = new StringBuilder(GENERATED_CODE_LENGTH);
        for (int i = 0; i < GENERATED_CODE_LENGTH; i++) {
            code.append(GENERATED_CODE_ALPHABET.charAt(random.nextInt(GENERATED_CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
