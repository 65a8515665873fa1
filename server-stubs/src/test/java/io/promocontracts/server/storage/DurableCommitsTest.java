package io.promocontracts.server.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurableCommitsTest {

    @TempDir
    Path directory;

    @Test
    void h2WithItsDefaultWriteDelayIsAcceptedAndCommitsAreCheckpointed() throws Exception {
        DataSource h2 = h2("sa", "");
        DurableCommits durableCommits = check(h2);
        try (Connection connection = h2.getConnection()) {
            assertThatCode(() -> durableCommits.awaitWritten(connection)).doesNotThrowAnyException();
        }
    }

    @Test
    void h2UserThatMayNotCheckpointIsRefused() throws Exception {
        JdbcClient.create(h2("sa", "")).sql("CREATE USER reader PASSWORD 'secret'").update();

        assertThatThrownBy(() -> check(h2("reader", "secret"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refuses CHECKPOINT").hasMessageContaining("admin rights");
    }

    @Test
    void postgresqlWithoutSynchronousCommitIsRefused() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off").start()) {
            assertThatThrownBy(() -> check(postgres.getPostgresDatabase())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("synchronous_commit=off");
        }
    }

    private DataSource h2(String user, String password) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("db"));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private static DurableCommits check(DataSource dataSource) throws Exception {
        DurableCommits durableCommits = new DurableCommits(dataSource, JdbcClient.create(dataSource));
        durableCommits.afterPropertiesSet();
        return durableCommits;
    }
}
