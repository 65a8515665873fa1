package io.promocontracts.server.storage;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool to drop a connection whose embedded database has closed itself after a
 * failed write (a full disk): H2's codes for it are not SQL's connection-failure class 08, so the
 * pool would keep handing out the dead connections. A new connection opens the database file again,
 * which recovers it to its last written state once the disk has room.
 */
public class EvictBrokenConnections implements SQLExceptionOverride {

    /** H2: general error (a failed write of the store), I/O error (two), file corrupted, database closed. */
    private static final Set<Integer> H2_BROKEN = Set.of(50000, 90028, 90031, 90030, 90098);

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        return H2_BROKEN.contains(failure.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
