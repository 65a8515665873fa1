package io.promocontracts.server.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurableCommitsTest {

    @TempDir
    Path directory;

    @Test
    void h2WithH2sDefaultWriteDelayIsRefused() {
        assertThatThrownBy(() -> check(h2(""))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WRITE_DELAY=500").hasMessageContaining(";WRITE_DELAY=0");
    }

    @Test
    void h2WritingEveryCommitIsAccepted() {
        assertThatCode(() -> check(h2(";WRITE_DELAY=0"))).doesNotThrowAnyException();
    }

    @Test
    void postgresqlWithoutSynchronousCommitIsRefused() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off").start()) {
            assertThatThrownBy(() -> check(postgres.getPostgresDatabase())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("synchronous_commit=off");
        }
    }

    private DataSource h2(String settings) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("db") + settings);
        return dataSource;
    }

    private static void check(DataSource dataSource) throws Exception {
        new DurableCommits(dataSource, JdbcClient.create(dataSource)).afterPropertiesSet();
    }
}
