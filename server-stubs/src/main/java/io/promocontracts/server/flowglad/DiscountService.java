package io.promocontracts.server.flowglad;

import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Caller;
import io.promocontracts.server.common.Failure;
import io.promocontracts.server.common.Problem;
import io.promocontracts.server.common.Timestamps;
import io.promocontracts.server.idempotency.IdempotencyKey;
import io.promocontracts.server.idempotency.IdempotentCreates;
import io.promocontracts.server.storage.CommitOutcomes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Flowglad's rules for its discounts, beyond what the spec's schema already holds. */
@Service
public class DiscountService {

    private static final int MIN_CODE_LENGTH = 3;
    private static final int MAX_CODE_LENGTH = 20;

    private final DiscountRepository discounts;
    private final Timestamps timestamps;
    private final IdempotentCreates idempotentCreates;
    private final CommitOutcomes commits;

    public DiscountService(DiscountRepository discounts, Timestamps timestamps, IdempotentCreates idempotentCreates,
                           CommitOutcomes commits) {
        this.discounts = discounts;
        this.timestamps = timestamps;
        this.idempotentCreates = idempotentCreates;
        this.commits = commits;
    }

    /**
     * Creates a discount; with an idempotency key already used for one, answers with that one
     * instead. Should the database fail while committing it, the answer is what was stored under its id.
     */
    public DiscountRecord create(Caller caller, Optional<IdempotencyKey> key, NewDiscount request) {
        OffsetDateTime now = timestamps.now();
        String id = DiscountIds.newId(now);
        return commits.create(() -> create(caller, key, request, id, now), () -> discounts.find(caller.tenantId(), caller.live(), id));
    }

    private DiscountRecord create(Caller caller, Optional<IdempotencyKey> key, NewDiscount request, String id, OffsetDateTime now) {
        Optional<String> earlier = idempotentCreates.claim(caller, key);
        if (earlier.isPresent()) {
            return get(caller, earlier.get());
        }
        checkScope(caller, request);
        String code = upperCasedCode(request.code());
        checkNumberOfPayments(request.duration(), request.numberOfPayments());

        DiscountRecord discount = new DiscountRecord(id, now, now, caller.live(), caller.tenantId(), request.name(),
                code, request.amount(), request.amountType(), request.active() == null || request.active(),
                request.duration(), request.numberOfPayments());
        try {
            discounts.insert(discount);
        } catch (DuplicateKeyException e) {
            throw new ApiException(Failure.CONFLICT, "A discount with code " + code + " already exists");
        }
        idempotentCreates.complete(caller, key, discount.id());
        return discount;
    }

    /**
     * Replaces a discount with the variant asked for, keeping its name and activity unless given, its
     * creation time always. A code another discount of the organization and mode holds is refused
     * by the database's unique constraint. The row is locked from the read to the write, so
     * concurrent updates apply one after the other, each whole.
     */
    @Transactional
    public DiscountRecord update(Caller caller, String id, DiscountChange change) {
        DiscountRecord current = discounts.findForUpdate(caller.tenantId(), caller.live(), id).orElseThrow(() -> noSuchDiscount(id));
        if (!id.equals(change.id())) {
            String message = "id must be the id of the discount in the path, " + id;
            throw ApiException.invalid("discount.id: " + message, new Problem(List.of("discount", "id"), Problem.CUSTOM, message));
        }
        String code = upperCasedCode(change.code());
        checkNumberOfPayments(change.duration(), change.numberOfPayments());
        DiscountRecord updated = new DiscountRecord(id, current.createdAt(), timestamps.now(), current.livemode(),
                current.organizationId(), change.name() != null ? change.name() : current.name(), code, change.amount(),
                change.amountType(), change.active() != null ? change.active() : current.active(), change.duration(),
                change.numberOfPayments());
        try {
            discounts.update(updated);
        } catch (DuplicateKeyException e) {
            throw new ApiException(Failure.CONFLICT, "A discount with code " + code + " already exists");
        }
        return updated;
    }

    /** A discount of the caller's organization and mode; one of another organization or mode does not exist for the caller. */
    @Transactional(readOnly = true)
    public DiscountRecord get(Caller caller, String id) {
        return discounts.find(caller.tenantId(), caller.live(), id).orElseThrow(() -> noSuchDiscount(id));
    }

    private static ApiException noSuchDiscount(String id) {
        return new ApiException(Failure.NO_SUCH_OBJECT, "No such discount: " + id);
    }

    /** A page of the caller's discounts, oldest first, starting after {@code cursor} when given. */
    @Transactional(readOnly = true)
    public DiscountPage list(Caller caller, String cursor, int limit) {
        DiscountCursor after = cursor == null ? null : DiscountCursor.decode(cursor);
        List<DiscountRecord> page = discounts.list(caller.tenantId(), caller.live(), after, limit + 1);
        boolean hasMore = page.size() > limit;
        List<DiscountRecord> shown = page.subList(0, Math.min(limit, page.size()));
        String next = hasMore ? DiscountCursor.after(shown.get(shown.size() - 1)).encode() : null;
        return new DiscountPage(shown, hasMore, discounts.count(caller.tenantId(), caller.live()), cursor, next);
    }

    /** The key decides organization and mode; a body that names others is refused, never obeyed. */
    private static void checkScope(Caller caller, NewDiscount request) {
        if (request.organizationId() != null && !request.organizationId().equals(caller.tenantId())) {
            throw new ApiException(Failure.FORBIDDEN, "organizationId does not match the organization of the API key");
        }
        if (request.livemode() != null && request.livemode() != caller.live()) {
            throw new ApiException(Failure.FORBIDDEN, "livemode does not match the mode of the API key");
        }
    }

    /** Upper-casing can change the length (ß becomes SS), so the length rule applies to the result. */
    private static String upperCasedCode(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        int length = upper.codePointCount(0, upper.length());
        if (length < MIN_CODE_LENGTH || length > MAX_CODE_LENGTH) {
            String message = "Required string length: " + MIN_CODE_LENGTH + " - " + MAX_CODE_LENGTH;
            throw ApiException.invalid("discount.code: " + message, new Problem(List.of("discount", "code"),
                    length < MIN_CODE_LENGTH ? "minLength" : "maxLength", message));
        }
        return upper;
    }

    private static void checkNumberOfPayments(DiscountDuration duration, Integer numberOfPayments) {
        boolean given = numberOfPayments != null;
        if (duration.countsPayments() != given || (given && numberOfPayments < 1)) {
            String message = duration.countsPayments()
                    ? "numberOfPayments must be a positive integer when duration is number_of_payments"
                    : "numberOfPayments must be null when duration is " + duration;
            throw ApiException.invalid("discount.numberOfPayments: " + message,
                    new Problem(List.of("discount", "numberOfPayments"), Problem.CUSTOM, message));
        }
    }
}
