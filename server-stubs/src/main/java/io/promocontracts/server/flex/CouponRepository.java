package io.promocontracts.server.flex;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@Repository
public class CouponRepository {

    private final JdbcClient jdbc;
    private final MetadataJson json;

    CouponRepository(JdbcClient jdbc, MetadataJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Coupon ids are stored in lower case and matched regardless of the case asked for. */
    public Optional<CouponRecord> find(String accountId, boolean testMode, String couponId) {
        return jdbc.sql("SELECT * FROM flex_coupon WHERE account_id = ? AND test_mode = ? AND coupon_id = ?")
                .params(accountId, testMode, couponId.toLowerCase())
                .query(this::map)
                .optional();
    }

    /** Stores a coupon the caller created: not yet redeemed, valid. */
    public void insert(CouponRecord coupon) {
        jdbc.sql("""
                INSERT INTO flex_coupon (coupon_id, account_id, test_mode, name, amount_off, percent_off, applies_to_products,
                    duration, duration_in_months, max_redemptions, times_redeemed, valid, metadata, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(coupon.couponId(), coupon.accountId(), coupon.testMode(), coupon.name(), coupon.amountOff(),
                        coupon.percentOff(), json.write(coupon.appliesToProducts()), coupon.duration().name(),
                        coupon.durationInMonths(), coupon.maxRedemptions(), coupon.timesRedeemed(), coupon.valid(),
                        json.write(coupon.metadata()), coupon.createdAt())
                .update();
    }

    /**
     * At most {@code limit} coupons of an account and mode, newest first (created ids are ULIDs, so
     * they sort by creation), only those with an id below {@code before} when it is given.
     */
    public List<CouponRecord> list(String accountId, boolean testMode, String before, int limit) {
        return page(listSql(before != null), accountId, testMode, before, limit).query(this::map).list();
    }

    /**
     * What the spec does not bound tightly in the answers of the coupons {@link #list} would give, in
     * its order: their metadata and product ids, counted as stored, which is as the answer writes
     * them (JSON). All it reads is their sizes.
     */
    public List<Integer> variableBytes(String accountId, boolean testMode, String before, int limit) {
        return page(variableBytesSql(before != null), accountId, testMode, before, limit)
                .query((rs, row) -> rs.getInt("variable_bytes")).list();
    }

    private JdbcClient.StatementSpec page(String sql, String accountId, boolean testMode, String before, int limit) {
        var query = jdbc.sql(sql).param("account", accountId).param("testMode", testMode).param("limit", limit);
        return before == null ? query : query.param("before", before);
    }

    /** A page's query, read from the primary key in order (CouponListPlanTest holds it to that). */
    static String listSql(boolean beforeAnId) {
        return pageSql("*", beforeAnId);
    }

    /** The sizes of a page's coupons, read as the page is. */
    static String variableBytesSql(boolean beforeAnId) {
        return pageSql("OCTET_LENGTH(metadata) + COALESCE(OCTET_LENGTH(applies_to_products), 0) AS variable_bytes", beforeAnId);
    }

    private static String pageSql(String columns, boolean beforeAnId) {
        return "SELECT " + columns + " FROM flex_coupon WHERE account_id = :account AND test_mode = :testMode"
                + (beforeAnId ? " AND coupon_id < :before" : "")
                + " ORDER BY account_id DESC, test_mode DESC, coupon_id DESC LIMIT :limit";
    }

    private CouponRecord map(ResultSet rs, int row) throws SQLException {
        return read(rs, "");
    }

    /**
     * A coupon from a result row: its key columns by their own names, the others prefixed (a query
     * that joins promo codes names the coupon's columns apart from theirs).
     */
    CouponRecord read(ResultSet rs, String prefix) throws SQLException {
        return new CouponRecord(
                rs.getString("coupon_id"),
                rs.getString("account_id"),
                rs.getBoolean("test_mode"),
                rs.getString(prefix + "name"),
                rs.getObject(prefix + "amount_off", Long.class),
                rs.getObject(prefix + "percent_off", Double.class),
                json.readList(rs.getString(prefix + "applies_to_products")),
                CouponRecord.CouponDuration.valueOf(rs.getString(prefix + "duration")),
                rs.getObject(prefix + "duration_in_months", Integer.class),
                rs.getObject(prefix + "max_redemptions", Integer.class),
                rs.getInt(prefix + "times_redeemed"),
                rs.getBoolean(prefix + "valid"),
                json.readMap(rs.getString(prefix + "metadata")),
                rs.getObject(prefix + "created_at", OffsetDateTime.class));
    }
}
