package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A Flex coupon may carry both an amount and a percentage, as Flex's own create-coupon example
 * sends: the rule of V1 that exactly one is set becomes "at least one". V1 left that check
 * unnamed, and H2 and PostgreSQL name such a check each their own way, so its name is looked up in
 * the information schema both keep; a Java migration, because SQL alone cannot drop a constraint
 * it cannot name. In the package Flyway scans for migrations whatever its locations say.
 */
public class V8__flex_coupon_takes_both_amounts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String> exactlyOne = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet checks = statement.executeQuery("""
                     SELECT tc.constraint_name, cc.check_clause FROM information_schema.table_constraints tc
                     JOIN information_schema.check_constraints cc
                         ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name
                     WHERE LOWER(tc.table_name) = 'flex_coupon' AND tc.constraint_type = 'CHECK'""")) {
            while (checks.next()) {
                String clause = checks.getString(2).toLowerCase();
                if (clause.contains("amount_off") && clause.contains("percent_off") && clause.contains("<>")) {
                    exactlyOne.add(checks.getString(1));
                }
            }
        }
        if (exactlyOne.size() != 1) {
            throw new IllegalStateException("expected the one check that a coupon has exactly one amount, found " + exactlyOne);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE flex_coupon DROP CONSTRAINT \"" + exactlyOne.get(0) + "\"");
            statement.execute("ALTER TABLE flex_coupon ADD CONSTRAINT flex_coupon_some_amount "
                    + "CHECK (amount_off IS NOT NULL OR percent_off IS NOT NULL)");
        }
    }
}
