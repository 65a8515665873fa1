package io.promocontracts.server.storage;

import java.sql.SQLException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets concurrent commits share one write. A thread that has committed waits until a write that
 * began after its commit has finished; the first waiter performs the write for every commit counted
 * so far, the others wait for it. One write then serves as many commits as arrived while the
 * previous write ran, instead of one write per commit. Under concurrent load (the previous write
 * served more than one commit) the writer first waits half a millisecond for more commits to join,
 * as PostgreSQL's {@code commit_delay} does; a lone client never waits.
 */
final class GroupCommit {

    /** Writes everything committed so far, e.g. H2's {@code CHECKPOINT}. */
    interface Write {
        void run() throws SQLException;
    }

    private static final long GATHER_NANOS = 500_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition writeEnded = lock.newCondition();
    private long commits;
    /** Every commit counted up to this number has been written. */
    private long written;
    private boolean writing;
    private long lastGroupSize;

    /** Call after a commit; returns once a write that began after it has completed. */
    void awaitWritten(Write write) throws SQLException {
        lock.lock();
        try {
            long mine = ++commits;
            while (written < mine) {
                if (writing) {
                    writeEnded.awaitUninterruptibly();
                    continue;
                }
                writing = true;
                boolean gather = lastGroupSize > 1;
                lock.unlock();
                if (gather) {
                    LockSupport.parkNanos(GATHER_NANOS);
                }
                lock.lock();
                long covered = commits;
                boolean done = false;
                lock.unlock();
                try {
                    write.run();
                    done = true;
                } finally {
                    lock.lock();
                    writing = false;
                    if (done) {
                        lastGroupSize = covered - written;
                        written = Math.max(written, covered);
                    }
                    writeEnded.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
