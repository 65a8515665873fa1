package io.promocontracts.server.storage;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    private static final int THREADS = 16;
    private static final int COMMITS_PER_THREAD = 50;

    private final GroupCommit groupCommit = new GroupCommit();
    private final AtomicLong commits = new AtomicLong();
    /** Of the writes that completed, the most commits one of them had seen when it began. */
    private final AtomicLong coveredByCompletedWrite = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    /** A write covers exactly the commits made before it began; it takes a millisecond. */
    private void write() {
        long covered = commits.get();
        sleep();
        writes.incrementAndGet();
        coveredByCompletedWrite.accumulateAndGet(covered, Math::max);
    }

    @Test
    void everyCommitReturnsOnlyAfterAWriteThatBeganAfterIt() throws Exception {
        List<Long> uncovered = concurrently(() -> {
            long mine = commits.incrementAndGet();
            groupCommit.awaitWritten(this::write);
            return coveredByCompletedWrite.get() >= mine ? null : mine;
        });

        assertThat(uncovered).as("commits that returned before any write covered them").containsOnlyNulls();
    }

    @Test
    void concurrentCommitsShareWrites() throws Exception {
        concurrently(() -> {
            commits.incrementAndGet();
            groupCommit.awaitWritten(this::write);
            return null;
        });

        assertThat(writes.get()).as("writes for %d commits", commits.get()).isLessThan(commits.get() / 2);
    }

    @Test
    void aFailedWriteFailsItsCommitAndTheNextCommitWritesAgain() throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        commits.incrementAndGet();
        assertThatThrownBy(() -> groupCommit.awaitWritten(() -> {
            failed.set(true);
            throw new SQLException("disk full");
        })).isInstanceOf(SQLException.class).hasMessage("disk full");

        long mine = commits.incrementAndGet();
        groupCommit.awaitWritten(this::write);

        assertThat(failed).isTrue();
        assertThat(coveredByCompletedWrite.get()).isGreaterThanOrEqualTo(mine);
    }

    private interface Commit {
        Long run() throws Exception;
    }

    private static List<Long> concurrently(Commit commit) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < THREADS * COMMITS_PER_THREAD; i++) {
                results.add(threads.submit(commit::run));
            }
            List<Long> values = new ArrayList<>();
            for (Future<Long> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
