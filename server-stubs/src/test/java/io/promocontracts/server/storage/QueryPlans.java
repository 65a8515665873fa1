package io.promocontracts.server.storage;

import io.promocontracts.testkit.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether the database under test reads a list page from an index in the order the page asks for.
 * Only then does a page cost the same at 100 and at 100,000 objects of a tenant; a plan that sorts
 * the tenant's rows first still answers correctly, so no functional test notices it.
 */
public final class QueryPlans {

    private QueryPlans() {
    }

    /**
     * Fails unless the database plans {@code sql} as a read of {@code index} in order, without a sort;
     * of any index when {@code index} is null (a primary key whose order serves, named by the database).
     */
    public static void assertReadsInOrder(DataSource dataSource, String index, String sql, Map<String, ?> params) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            if (TestDatabase.isPostgresql()) {
                // On a near-empty table a sequential scan and a sort are cheapest; with both priced
                // out, a sort still appears in the plan when no index yields the order.
                jdbc.sql("SET enable_seqscan = off").update();
                jdbc.sql("SET enable_sort = off").update();
                try {
                    String plan = String.join("\n", jdbc.sql("EXPLAIN " + sql).params(params).query(String.class).list());
                    assertThat(plan).as(plan).contains(index == null ? "Index" : index).doesNotContain("Sort");
                } finally {
                    jdbc.sql("RESET enable_seqscan").update();
                    jdbc.sql("RESET enable_sort").update();
                }
            } else {
                List<String> plan = jdbc.sql("EXPLAIN " + sql).params(params).query(String.class).list();
                // H2 names the index it reads, and "index sorted" alone when that index gives the whole order.
                assertThat(plan.get(0)).as(plan.get(0)).contains(index == null ? "/* public." : "public." + index + ":")
                        .contains("/* index sorted */");
            }
        }
    }
}
