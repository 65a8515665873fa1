package io.promocontracts.server.flex;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.common.PageBudget;
import io.promocontracts.server.common.Timestamps;
import io.promocontracts.server.idempotency.IdempotencyKey;
import io.promocontracts.server.idempotency.IdempotentCreates;
import io.promocontracts.server.storage.CommitOutcomes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Flex's coupons of an account and mode. What a coupon may be (an amount, a percentage or both,
 * months when it repeats) the spec states and the request pipeline holds; what is left is the
 * account, the mode and the id.
 */
@Service
public class CouponService {

    /**
     * A coupon's answer at most, besides what its page's query counts (its metadata and product
     * ids): ids, numbers, timestamps, member names, and a name of 255 characters, each of which JSON
     * may write as six ({@code \u0001}). FlexPageBudgetTest holds it against the largest coupon the spec allows.
     */
    static final int COUPON_FIXED_BYTES = 2 * 1024;

    private final CouponRepository coupons;
    private final Timestamps timestamps;
    private final IdempotentCreates idempotentCreates;
    private final CommitOutcomes commits;

    public CouponService(CouponRepository coupons, Timestamps timestamps, IdempotentCreates idempotentCreates, CommitOutcomes commits) {
        this.coupons = coupons;
        this.timestamps = timestamps;
        this.idempotentCreates = idempotentCreates;
        this.commits = commits;
    }

    /**
     * Creates a coupon of the caller's account and mode; with an idempotency key already used for
     * one, answers with that one instead. Should the database fail while committing it, the answer
     * is what was stored under its id.
     */
    public CouponRecord create(Caller caller, Optional<IdempotencyKey> key, NewCoupon request) {
        OffsetDateTime createdAt = timestamps.now();
        String id = FlexIds.newId("fcoup_", createdAt);
        return commits.create(() -> create(caller, key, request, id, createdAt), () -> coupons.find(caller.tenantId(), !caller.live(), id));
    }

    private CouponRecord create(Caller caller, Optional<IdempotencyKey> key, NewCoupon request, String id, OffsetDateTime createdAt) {
        Optional<String> earlier = idempotentCreates.claim(caller, key);
        if (earlier.isPresent()) {
            return retrieve(caller, earlier.get());
        }
        CouponRecord coupon = new CouponRecord(id, caller.tenantId(), !caller.live(), request.name(), request.amountOff(),
                request.percentOff(), request.appliesToProducts(), request.duration(), request.durationInMonths(),
                request.maxRedemptions(), 0, true, request.metadata(), createdAt);
        coupons.insert(coupon);
        idempotentCreates.complete(caller, key, id);
        return coupon;
    }

    /** A coupon of the caller's account and mode; one of another account or mode does not exist for the caller. */
    @Transactional(readOnly = true)
    public CouponRecord retrieve(Caller caller, String couponId) {
        return coupons.find(caller.tenantId(), !caller.live(), couponId)
                .orElseThrow(() -> new ApiException(Failure.NO_SUCH_OBJECT, "No such coupon: " + couponId));
    }

    /**
     * A page of the caller's coupons, newest first, after {@code startingAfter} when given: at most
     * {@code limit}, and no more than fit the {@link PageBudget}. Their sizes are read first, then
     * the coupons that fit.
     */
    @Transactional(readOnly = true)
    public CouponPage list(Caller caller, int limit, String startingAfter) {
        String before = startingAfter == null ? null : startingAfter.toLowerCase(Locale.ROOT);
        List<Integer> sizes = coupons.variableBytes(caller.tenantId(), !caller.live(), before, limit + 1);
        int shown = PageBudget.fitting(sizes, COUPON_FIXED_BYTES, limit);
        List<CouponRecord> page = shown == 0 ? List.of() : coupons.list(caller.tenantId(), !caller.live(), before, shown);
        return new CouponPage(page, sizes.size() > page.size());
    }
}
