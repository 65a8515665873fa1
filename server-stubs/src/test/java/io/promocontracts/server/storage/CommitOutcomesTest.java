package io.promocontracts.server.storage;

import org.junit.jupiter.api.Tag;
import io.promocontracts.server.ServiceTest;
import io.promocontracts.server.common.ApiException;
import io.promocontracts.server.common.Failure;
import io.promocontracts.testkit.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A create whose commit the database fails is answered by what happened to it, on the real
 * transaction manager over a real H2 whose connections lose the database at the commit: stored
 * (the commit went through and only its answer was lost), not stored, or, the database being gone
 * for the lookup too, unknown.
 */
@Tag(ServiceTest.ON_POSTGRESQL)
class CommitOutcomesTest {

    /** What the database does at the next commit. */
    private enum AtCommit { COMMIT, STORE_THEN_LOSE_THE_CONNECTION, LOSE_THE_CONNECTION, LOSE_THE_DATABASE }

    private volatile AtCommit atCommit = AtCommit.COMMIT;
    private volatile boolean databaseGone;
    private JdbcClient jdbc;
    private CommitOutcomes outcomes;

    @BeforeEach
    void database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(TestDatabase.freshH2Url());
        DataSource dataSource = failingAtCommit(h2);
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE thing (id VARCHAR(20) PRIMARY KEY)").update();
        DurableCommits durableCommits = new DurableCommits(dataSource, jdbc);
        durableCommits.afterPropertiesSet();
        DiskReserve diskReserve = new DiskReserve(dataSource, DataSize.ofMegabytes(16));
        diskReserve.afterPropertiesSet();
        DatabaseOutage outage = new DatabaseOutage(dataSource);
        outcomes = new CommitOutcomes(new DurableTransactionManager(dataSource, durableCommits, diskReserve, outage), outage);
    }

    @Test
    void aCreateStoredBeforeTheConnectionWasLostIsAnsweredWithItsObject() {
        atCommit = AtCommit.STORE_THEN_LOSE_THE_CONNECTION;

        assertThat(outcomes.create(() -> insert("A1"), () -> find("A1"))).isEqualTo("A1");
        assertThat(find("A1")).contains("A1");
    }

    @Test
    void aCreateNotStoredIsAnswered503SayingSo() {
        atCommit = AtCommit.LOSE_THE_CONNECTION;

        assertThatThrownBy(() -> outcomes.create(() -> insert("B1"), () -> find("B1"))).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.UNAVAILABLE);
            assertThat(e.getMessage()).isEqualTo(CommitOutcomes.NOT_STORED);
            assertThat(e.headers()).containsEntry("Retry-After", "1");
        });
        assertThat(find("B1")).isEmpty();
    }

    @Test
    void aCreateWhoseOutcomeCannotBeLookedUpIsAnswered503SayingItIsUnknown() {
        atCommit = AtCommit.LOSE_THE_DATABASE;

        assertThatThrownBy(() -> outcomes.create(() -> insert("C1"), () -> find("C1"))).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.UNAVAILABLE);
            assertThat(e.getMessage()).isEqualTo(CommitOutcomes.UNKNOWN);
        });
    }

    @Test
    void aCreateThatFailsBeforeItsCommitFailsAsItDid() {
        insert("D1");

        assertThatThrownBy(() -> outcomes.create(() -> insert("D1"), () -> find("D1"))).isInstanceOf(DuplicateKeyException.class);
    }

    private String insert(String id) {
        jdbc.sql("INSERT INTO thing (id) VALUES (?)").param(id).update();
        return id;
    }

    private Optional<String> find(String id) {
        return jdbc.sql("SELECT id FROM thing WHERE id = ?").param(id).query(String.class).optional();
    }

    /** Connections that do at a commit what {@link #atCommit} says, once, and fail everything while the database is gone. */
    private DataSource failingAtCommit(JdbcDataSource h2) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            if (!method.getName().equals("getConnection")) {
                return invoke(method, h2, args);
            }
            if (databaseGone) {
                throw new SQLException("the database is gone", "08001");
            }
            Connection connection = h2.getConnection();
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (c, call, callArgs) -> {
                if (databaseGone && !call.getName().equals("close") && !call.getName().equals("isClosed")) {
                    throw new SQLException("the database is gone", "08006");
                }
                if (call.getName().equals("commit") && atCommit != AtCommit.COMMIT) {
                    AtCommit now = atCommit;
                    atCommit = AtCommit.COMMIT;
                    if (now == AtCommit.STORE_THEN_LOSE_THE_CONNECTION) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                    databaseGone = now == AtCommit.LOSE_THE_DATABASE;
                    throw new SQLException("the connection was lost during the commit", "08006");
                }
                return invoke(call, connection, callArgs);
            });
        });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
