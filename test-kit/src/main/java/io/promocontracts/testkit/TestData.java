package io.promocontracts.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Sets data up for tests and provider states straight in the database, so that the application
 * keeps no code that only tests use. Objects are given as the JSON the specs document (an
 * example's promo code, coupon or discount), so a test states its data by naming an example.
 * Every insert is idempotent: a provider state may be set up once per interaction.
 */
public final class TestData {

    private final JdbcClient jdbc;

    public TestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A Flex account with an API key of the given mode. */
    public void flexAccount(String accountId, String key, boolean live) {
        jdbc.sql("INSERT INTO flex_account (account_id, name) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM flex_account WHERE account_id = ?)")
                .params(accountId, "Test " + accountId, accountId).update();
        apiKey("FLEX", key, accountId, live);
    }

    /** A Flowglad organization with an API key of the given mode. */
    public void flowgladOrganization(String organizationId, String key, boolean live) {
        jdbc.sql("INSERT INTO flowglad_organization (organization_id, name) SELECT ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM flowglad_organization WHERE organization_id = ?)")
                .params(organizationId, "Test " + organizationId, organizationId).update();
        apiKey("FLOWGLAD", key, organizationId, live);
    }

    /** A coupon of an account, as the spec's {@code Coupon} schema writes it. */
    public void flexCoupon(String accountId, JsonNode coupon) {
        String couponId = coupon.get("coupon_id").asText().toLowerCase(Locale.ROOT);
        boolean testMode = coupon.get("test_mode").asBoolean();
        if (exists("SELECT COUNT(*) FROM flex_coupon WHERE account_id = ? AND test_mode = ? AND coupon_id = ?", accountId, testMode, couponId)) {
            return;
        }
        JsonNode products = coupon.path("applies_to").path("products");
        jdbc.sql("""
                INSERT INTO flex_coupon (coupon_id, account_id, test_mode, name, amount_off, percent_off, applies_to_products,
                    duration, duration_in_months, max_redemptions, times_redeemed, valid, metadata, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(couponId, accountId, testMode, text(coupon, "name"), number(coupon, "amount_off"),
                        coupon.get("percent_off").isNull() ? null : coupon.get("percent_off").asDouble(),
                        products.isMissingNode() ? null : products.toString(), coupon.get("duration").asText(),
                        number(coupon, "duration_in_months"), number(coupon, "max_redemptions"), coupon.get("times_redeemed").asInt(),
                        coupon.get("valid").asBoolean(), coupon.get("metadata").toString(), timestamp(coupon, "created_at"))
                .update();
    }

    /**
     * A promo code of an account, with its coupon, as the spec's {@code PromoCode} schema writes it.
     * Ids are unique across accounts: one held by another account moves to this one.
     */
    public void flexPromoCode(String accountId, JsonNode promoCode) {
        flexCoupon(accountId, promoCode.get("coupon"));
        String id = promoCode.get("promo_code_id").asText();
        jdbc.sql("DELETE FROM flex_promo_code WHERE promo_code_id = ? AND account_id <> ?").params(id, accountId).update();
        if (exists("SELECT COUNT(*) FROM flex_promo_code WHERE promo_code_id = ?", id)) {
            return;
        }
        boolean active = promoCode.get("active").asBoolean();
        String code = promoCode.get("code").asText();
        jdbc.sql("""
                INSERT INTO flex_promo_code (promo_code_id, account_id, test_mode, coupon_id, code, active_code, max_redemptions,
                    times_redeemed, customer, active, metadata, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, accountId, promoCode.get("test_mode").asBoolean(),
                        promoCode.at("/coupon/coupon_id").asText().toLowerCase(Locale.ROOT), code,
                        active ? code.toUpperCase(Locale.ROOT) : null, number(promoCode, "max_redemptions"),
                        promoCode.get("times_redeemed").asInt(), text(promoCode, "customer"), active,
                        promoCode.get("metadata").toString(), timestamp(promoCode, "created_at"))
                .update();
    }

    /**
     * A discount, as the spec's {@code Discount} schema writes it (its organization must exist). Ids
     * are unique across organizations: one held elsewhere moves to this organization and mode.
     */
    public void flowgladDiscount(JsonNode discount) {
        String id = discount.get("id").asText();
        jdbc.sql("DELETE FROM flowglad_discount WHERE id = ? AND (organization_id <> ? OR livemode <> ?)")
                .params(id, discount.get("organizationId").asText(), discount.get("livemode").asBoolean()).update();
        if (exists("SELECT COUNT(*) FROM flowglad_discount WHERE id = ?", id)) {
            recountFlowgladTotals();
            return;
        }
        jdbc.sql("""
                INSERT INTO flowglad_discount (id, organization_id, livemode, name, code, amount, amount_type, active, duration,
                    number_of_payments, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, discount.get("organizationId").asText(), discount.get("livemode").asBoolean(),
                        discount.get("name").asText(), discount.get("code").asText(), discount.get("amount").asLong(),
                        discount.get("amountType").asText(), discount.get("active").asBoolean(), discount.get("duration").asText(),
                        number(discount, "numberOfPayments"), timestamp(discount, "createdAt"), timestamp(discount, "updatedAt"))
                .update();
        recountFlowgladTotals();
    }

    /** The discount as the only one of its organization and mode: any other is deleted. */
    public void flowgladOnlyDiscount(JsonNode discount) {
        jdbc.sql("DELETE FROM flowglad_discount WHERE organization_id = ? AND livemode = ? AND id <> ?")
                .params(discount.get("organizationId").asText(), discount.get("livemode").asBoolean(), discount.get("id").asText())
                .update();
        flowgladDiscount(discount);
    }

    /** No discounts in an organization and mode, so that any code is free there. */
    public void noFlowgladDiscounts(String organizationId, boolean live) {
        jdbc.sql("DELETE FROM flowglad_discount WHERE organization_id = ? AND livemode = ?").params(organizationId, live).update();
        recountFlowgladTotals();
    }

    /** The totals a list states are counted by the server's creates; rows written here are counted anew. */
    private void recountFlowgladTotals() {
        jdbc.sql("DELETE FROM flowglad_discount_total").update();
        jdbc.sql("""
                INSERT INTO flowglad_discount_total (organization_id, livemode, slot, total)
                SELECT organization_id, livemode, 0, COUNT(*) FROM flowglad_discount GROUP BY organization_id, livemode""").update();
    }

    /** No coupons in an account and mode, nor the promo codes that applied them. */
    public void noFlexCoupons(String accountId, boolean testMode) {
        noFlexPromoCodes(accountId, testMode);
        jdbc.sql("DELETE FROM flex_coupon WHERE account_id = ? AND test_mode = ?").params(accountId, testMode).update();
    }

    /** No promo codes in an account and mode, so that any code is free there. */
    public void noFlexPromoCodes(String accountId, boolean testMode) {
        jdbc.sql("DELETE FROM flex_promo_code WHERE account_id = ? AND test_mode = ?").params(accountId, testMode).update();
    }

    /** How many coupons, promo codes and discounts are stored in all. */
    public long storedObjects() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM flex_coupon) + (SELECT COUNT(*) FROM flex_promo_code) + (SELECT COUNT(*) FROM flowglad_discount)")
                .query(Long.class).single();
    }

    private void apiKey(String api, String key, String tenantId, boolean live) {
        String hash = sha256(key);
        if (!exists("SELECT COUNT(*) FROM api_key WHERE key_hash = ?", hash)) {
            jdbc.sql("INSERT INTO api_key (key_hash, api, tenant_id, live) VALUES (?, ?, ?, ?)")
                    .params(hash, api, tenantId, live).update();
        }
    }

    private boolean exists(String countQuery, Object... params) {
        return jdbc.sql(countQuery).params(params).query(Long.class).single() > 0;
    }

    private static String text(JsonNode object, String name) {
        return object.get(name).isNull() ? null : object.get(name).asText();
    }

    private static Long number(JsonNode object, String name) {
        return object.path(name).isNumber() ? object.get(name).asLong() : null;
    }

    private static OffsetDateTime timestamp(JsonNode object, String name) {
        return OffsetDateTime.parse(object.get(name).asText());
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
