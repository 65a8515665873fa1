package io.promocontracts.server.flex;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Repository
public class PromoCodeRepository {

    private static final String COUPON_PREFIX = "coupon_";
    /** Promo codes joined with their coupons: a page is one query, not one more per promo code. */
    private static final String WITH_COUPON_COLUMNS = """
            p.*, c.name AS coupon_name, c.amount_off AS coupon_amount_off, c.percent_off AS coupon_percent_off,
                c.applies_to_products AS coupon_applies_to_products, c.duration AS coupon_duration,
                c.duration_in_months AS coupon_duration_in_months, c.max_redemptions AS coupon_max_redemptions,
                c.times_redeemed AS coupon_times_redeemed, c.valid AS coupon_valid, c.metadata AS coupon_metadata,
                c.created_at AS coupon_created_at""";
    /**
     * What the spec does not bound tightly in a promo code's answer: its metadata, its coupon's
     * metadata and product ids, counted as stored, which is as the answer writes them (JSON).
     */
    private static final String VARIABLE_BYTES = "OCTET_LENGTH(p.metadata) + OCTET_LENGTH(c.metadata)"
            + " + COALESCE(OCTET_LENGTH(c.applies_to_products), 0) AS variable_bytes";
    private static final String FROM_WITH_COUPON = """
             FROM flex_promo_code p
            JOIN flex_coupon c ON c.account_id = p.account_id AND c.test_mode = p.test_mode AND c.coupon_id = p.coupon_id""";

    private final JdbcClient jdbc;
    private final MetadataJson json;

    private final CouponRepository coupons;

    PromoCodeRepository(JdbcClient jdbc, MetadataJson json, CouponRepository coupons) {
        this.jdbc = jdbc;
        this.json = json;
        this.coupons = coupons;
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

    /** The promo code with this (lower-case) id, if it is of this account and mode. */
    public Optional<PromoCodeRecord> find(String accountId, boolean testMode, String promoCodeId) {
        return jdbc.sql("SELECT " + WITH_COUPON_COLUMNS + FROM_WITH_COUPON + " WHERE p.account_id = ? AND p.test_mode = ? AND p.promo_code_id = ?")
                .params(accountId, testMode, promoCodeId)
                .query(this::mapWithCoupon)
                .optional();
    }

    /** As {@link #find}, and locks the row until the transaction ends, so that concurrent updates queue. */
    public Optional<PromoCodeRecord> findForUpdate(String accountId, boolean testMode, String promoCodeId) {
        return jdbc.sql("SELECT * FROM flex_promo_code WHERE account_id = ? AND test_mode = ? AND promo_code_id = ? FOR UPDATE")
                .params(accountId, testMode, promoCodeId)
                .query(this::map)
                .optional();
    }

    /**
     * Writes what an update can change; {@code active_code} follows {@code active} as on insert.
     *
     * @throws org.springframework.dao.DuplicateKeyException when it reactivates a code another active promo code holds
     */
    public void update(String accountId, PromoCodeRecord promoCode) {
        jdbc.sql("UPDATE flex_promo_code SET active = ?, active_code = ?, metadata = ? WHERE account_id = ? AND promo_code_id = ?")
                .params(promoCode.active(), promoCode.active() ? promoCode.code().toUpperCase(Locale.ROOT) : null,
                        json.write(promoCode.metadata()), accountId, promoCode.promoCodeId())
                .update();
    }

    /**
     * At most {@code limit} promo codes of an account and mode, newest first (ids are ULIDs, so they
     * sort by creation), only those with an id below {@code before} when it is given.
     */
    public List<PromoCodeRecord> list(String accountId, boolean testMode, Boolean active, String before, int limit) {
        return page(listSql(active != null, before != null), accountId, testMode, active, before, limit).query(this::mapWithCoupon).list();
    }

    /**
     * The variable bytes ({@link #VARIABLE_BYTES}) of the promo codes {@link #list} would give, in its
     * order: all it reads is their sizes.
     */
    public List<Integer> variableBytes(String accountId, boolean testMode, Boolean active, String before, int limit) {
        return page(variableBytesSql(active != null, before != null), accountId, testMode, active, before, limit)
                .query((rs, row) -> rs.getInt("variable_bytes")).list();
    }

    private JdbcClient.StatementSpec page(String sql, String accountId, boolean testMode, Boolean active, String before, int limit) {
        var query = jdbc.sql(sql).param("account", accountId).param("testMode", testMode).param("limit", limit);
        if (active != null) {
            query = query.param("active", active);
        }
        if (before != null) {
            query = query.param("before", before);
        }
        return query;
    }

    /**
     * A page's query. The order names the columns the filter fixes too: H2 then reads the page from
     * the index in order (flex_promo_code_page, or _active_page with the filter) instead of sorting
     * the account's rows (PromoCodeListPlanTest holds it to that).
     */
    static String listSql(boolean byActive, boolean beforeAnId) {
        return pageSql(WITH_COUPON_COLUMNS, byActive, beforeAnId);
    }

    /** The sizes of a page's promo codes, read as the page is. */
    static String variableBytesSql(boolean byActive, boolean beforeAnId) {
        return pageSql(VARIABLE_BYTES, byActive, beforeAnId);
    }

    private static String pageSql(String columns, boolean byActive, boolean beforeAnId) {
        return "SELECT " + columns + FROM_WITH_COUPON + " WHERE p.account_id = :account AND p.test_mode = :testMode"
                + (byActive ? " AND p.active = :active" : "")
                + (beforeAnId ? " AND p.promo_code_id < :before" : "")
                + " ORDER BY p.account_id DESC, p.test_mode DESC" + (byActive ? ", p.active DESC" : "")
                + ", p.promo_code_id DESC LIMIT :limit";
    }

    /** A promo code with its coupon from one joined row. */
    private PromoCodeRecord mapWithCoupon(ResultSet rs, int row) throws SQLException {
        return promoCode(rs, coupons.read(rs, COUPON_PREFIX));
    }

    /** A promo code whose coupon is looked up apart (a locking read locks the promo code's row only). */
    private PromoCodeRecord map(ResultSet rs, int row) throws SQLException {
        CouponRecord coupon = coupons.find(rs.getString("account_id"), rs.getBoolean("test_mode"), rs.getString("coupon_id"))
                .orElseThrow(() -> new IllegalStateException("a promo code without its coupon"));
        return promoCode(rs, coupon);
    }

    private PromoCodeRecord promoCode(ResultSet rs, CouponRecord coupon) throws SQLException {
        return new PromoCodeRecord(
                rs.getString("promo_code_id"),
                rs.getString("code"),
                coupon,
                rs.getObject("max_redemptions", Integer.class),
                rs.getInt("times_redeemed"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("customer"),
                rs.getBoolean("active"),
                json.readMap(rs.getString("metadata")),
                rs.getBoolean("test_mode"));
    }
}
