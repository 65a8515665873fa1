package io.promocontracts.server.storage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Whether the database takes writes now: one row is written in a read-write transaction, whose
 * commit is durable like every other ({@link DurableCommits}), so a full disk or a lost database fails it.
 */
@Service
public class DatabaseHealth {

    private final JdbcClient jdbc;

    public DatabaseHealth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DataAccessException when the database cannot be written */
    @Transactional(timeout = 2)
    public void probeWrite() {
        jdbc.sql("UPDATE health_probe SET checked_at = ? WHERE id = 1").param(OffsetDateTime.now(ZoneOffset.UTC)).update();
    }
}
