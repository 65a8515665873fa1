package io.promocontracts.server.flex;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Locale;

@Repository
public class PromoCodeRepository {

    private final JdbcClient jdbc;
    private final MetadataJson json;

    PromoCodeRepository(JdbcClient jdbc, MetadataJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores a promo code. {@code active_code} holds the upper-cased code while the promo code is
     * active and NULL otherwise, so the unique constraint on it enforces "unique regardless of case
     * among active codes" in the database, also under concurrent creates.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the code is taken
     */
    public void insert(String accountId, PromoCodeRecord promoCode) {
        jdbc.sql("""
                INSERT INTO flex_promo_code (promo_code_id, account_id, test_mode, coupon_id, code, active_code,
                    max_redemptions, times_redeemed, customer, active, metadata, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(promoCode.promoCodeId(), accountId, promoCode.testMode(), promoCode.coupon().couponId(),
                        promoCode.code(), promoCode.active() ? promoCode.code().toUpperCase(Locale.ROOT) : null,
                        promoCode.maxRedemptions(), promoCode.timesRedeemed(), promoCode.customer(), promoCode.active(),
                        json.write(promoCode.metadata()), promoCode.createdAt())
                .update();
    }

    public int count(String accountId, boolean testMode) {
        return jdbc.sql("SELECT COUNT(*) FROM flex_promo_code WHERE account_id = ? AND test_mode = ?")
                .params(accountId, testMode)
                .query(Integer.class)
                .single();
    }
}
