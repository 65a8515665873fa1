package io.promocontracts.server.flowglad;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

@Repository
public class DiscountRepository {

    /** Slots of a tenant's total; about the number of creates one tenant runs at once. */
    private static final int TOTAL_SLOTS = 16;

    private final JdbcClient jdbc;

    DiscountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a discount; the unique constraint on (organization, mode, code) rejects a duplicate
     * code in the database, also under concurrent creates.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the code is taken
     */
    public void insert(DiscountRecord discount) {
        jdbc.sql("""
                INSERT INTO flowglad_discount (id, organization_id, livemode, name, code, amount, amount_type, active,
                    duration, number_of_payments, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(discount.id(), discount.organizationId(), discount.livemode(), discount.name(), discount.code(),
                        discount.amount(), discount.amountType(), discount.active(), discount.duration().name(),
                        discount.numberOfPayments(), discount.createdAt(), discount.updatedAt())
                .update();
        countOneMore(discount.organizationId(), discount.livemode());
    }

    /**
     * Adds the new discount to its tenant's total, in the insert's transaction: on a random one of
     * {@value #TOTAL_SLOTS} slots, so concurrent creates seldom wait for the same row. A slot's row
     * is made on its first use; when a concurrent create makes it first, the insert does nothing
     * (after waiting for that create) and the update then finds it.
     */
    private void countOneMore(String organizationId, boolean livemode) {
        int slot = ThreadLocalRandom.current().nextInt(TOTAL_SLOTS);
        if (addToSlot(organizationId, livemode, slot) == 0 && jdbc.sql("""
                INSERT INTO flowglad_discount_total (organization_id, livemode, slot, total) VALUES (?, ?, ?, 1)
                ON CONFLICT DO NOTHING""").params(organizationId, livemode, slot).update() == 0) {
            addToSlot(organizationId, livemode, slot);
        }
    }

    private int addToSlot(String organizationId, boolean livemode, int slot) {
        return jdbc.sql("UPDATE flowglad_discount_total SET total = total + 1 WHERE organization_id = ? AND livemode = ? AND slot = ?")
                .params(organizationId, livemode, slot)
                .update();
    }

    public Optional<DiscountRecord> find(String organizationId, boolean livemode, String id) {
        return jdbc.sql("SELECT * FROM flowglad_discount WHERE organization_id = ? AND livemode = ? AND id = ?")
                .params(organizationId, livemode, id)
                .query(DiscountRepository::map)
                .optional();
    }

    /** As {@link #find}, and locks the row until the transaction ends, so that concurrent updates queue. */
    public Optional<DiscountRecord> findForUpdate(String organizationId, boolean livemode, String id) {
        return jdbc.sql("SELECT * FROM flowglad_discount WHERE organization_id = ? AND livemode = ? AND id = ? FOR UPDATE")
                .params(organizationId, livemode, id)
                .query(DiscountRepository::map)
                .optional();
    }

    /**
     * Writes every member an update can change, in one statement.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another discount of the organization and mode has the code
     */
    public void update(DiscountRecord discount) {
        jdbc.sql("""
                UPDATE flowglad_discount SET name = ?, code = ?, amount = ?, amount_type = ?, active = ?, duration = ?,
                    number_of_payments = ?, updated_at = ?
                WHERE organization_id = ? AND livemode = ? AND id = ?""")
                .params(discount.name(), discount.code(), discount.amount(), discount.amountType(), discount.active(),
                        discount.duration().name(), discount.numberOfPayments(), discount.updatedAt(),
                        discount.organizationId(), discount.livemode(), discount.id())
                .update();
    }

    /** A tenant's first page: see {@link #list}. */
    static final String FIRST_PAGE = """
            SELECT * FROM flowglad_discount WHERE organization_id = :organization AND livemode = :livemode
            ORDER BY organization_id, livemode, created_at, id LIMIT :limit""";
    /** A tenant's page after a position: see {@link #list}. */
    static final String NEXT_PAGE = """
            SELECT * FROM flowglad_discount WHERE organization_id = :organization AND livemode = :livemode
                AND (created_at, id) > (:createdAt, :id)
            ORDER BY organization_id, livemode, created_at, id LIMIT :limit""";

    /**
     * At most {@code limit} discounts of an organization and mode, oldest first, only those after
     * {@code after} when given. The order names the columns the filter fixes too, and the position is
     * one row comparison: H2 and PostgreSQL then both start the page in flowglad_discount_page and
     * read it in order, however many discounts come before it (DiscountListPlanTest holds them to that).
     */
    public List<DiscountRecord> list(String organizationId, boolean livemode, DiscountCursor after, int limit) {
        var query = jdbc.sql(after == null ? FIRST_PAGE : NEXT_PAGE)
                .param("organization", organizationId)
                .param("livemode", livemode)
                .param("limit", limit);
        if (after != null) {
            query = query.param("createdAt", after.createdAt()).param("id", after.id());
        }
        return query.query(DiscountRepository::map).list();
    }

    /** The tenant's total as its creates counted it: at most {@value #TOTAL_SLOTS} rows, however many discounts. */
    public int count(String organizationId, boolean livemode) {
        return jdbc.sql("SELECT COALESCE(SUM(total), 0) FROM flowglad_discount_total WHERE organization_id = ? AND livemode = ?")
                .params(organizationId, livemode)
                .query(Integer.class)
                .single();
    }

    private static DiscountRecord map(ResultSet rs, int row) throws SQLException {
        return new DiscountRecord(
                rs.getString("id"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getBoolean("livemode"),
                rs.getString("organization_id"),
                rs.getString("name"),
                rs.getString("code"),
                rs.getLong("amount"),
                rs.getString("amount_type"),
                rs.getBoolean("active"),
                DiscountDuration.valueOf(rs.getString("duration")),
                rs.getObject("number_of_payments", Integer.class));
    }
}
