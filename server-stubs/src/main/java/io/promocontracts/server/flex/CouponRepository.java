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
        return new CouponRecord(
                rs.getString("coupon_id"),
                rs.getString("account_id"),
                rs.getBoolean("test_mode"),
                rs.getString("name"),
                rs.getObject("amount_off", Long.class),
                rs.getObject("percent_off", Double.class),
                json.readList(rs.getString("applies_to_products")),
                CouponRecord.CouponDuration.valueOf(rs.getString("duration")),
                rs.getObject("duration_in_months", Integer.class),
                rs.getObject("max_redemptions", Integer.class),
                rs.getInt("times_redeemed"),
                rs.getBoolean("valid"),
                json.readMap(rs.getString("metadata")),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
