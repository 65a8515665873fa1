package io.promocontracts.server.flex;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
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
