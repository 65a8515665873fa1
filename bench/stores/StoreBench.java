import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.promocontracts.server.storage.DurableCommits;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two embedded stores side by side, below HTTP: a Flowglad create as the server makes it (the
 * discount's insert and its tenant's total in one transaction, then whatever the store needs before
 * the create may be acknowledged), a first page, a page from the middle and a get by id at 100,000
 * discounts, and whether an acknowledged create survives kill -9.
 * <ul>
 * <li>h2: the server's default as it runs it (file, PostgreSQL mode, 8 MB cache), each commit
 * followed by the server's own grouped CHECKPOINT ({@link DurableCommits}).</li>
 * <li>sqlite: SQLite in WAL mode with synchronous=NORMAL: a commit is in the write-ahead log before it
 * returns, which a killed process leaves behind (like H2's checkpoint, not forced to disk).</li>
 * </ul>
 * Usage: StoreBench run|crash-child|crash-check h2|sqlite DIR SECONDS|ACKS (bench/stores.sh runs them).
 */
public class StoreBench {

    private static final int THREADS = 16;
    private static final String ORG = "org_bench";
    private static final int SIZE = 100_000;

    public static void main(String[] args) throws Exception {
        String store = args[1];
        Path dir = Path.of(args[2]);
        switch (args[0]) {
            case "run" -> run(store, dir, Integer.parseInt(args[3]));
            case "crash-child" -> crashChild(store, dir, Path.of(args[3]));
            case "crash-check" -> crashCheck(store, dir, Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static HikariDataSource open(String store, Path dir) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(THREADS + 4);
        if (store.equals("h2")) {
            config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=8192");
            config.setUsername("sa");
            config.setPassword("");
        } else {
            config.setJdbcUrl("jdbc:sqlite:" + dir.resolve("bench.sqlite").toAbsolutePath());
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", "10000");
            // A writer takes the write lock at BEGIN, so two writers never deadlock upgrading a read lock.
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS discount (id VARCHAR(64) PRIMARY KEY, organization_id VARCHAR(64) NOT NULL,"
                    + " livemode BOOLEAN NOT NULL, name VARCHAR(510) NOT NULL, code VARCHAR(40) NOT NULL, amount BIGINT NOT NULL,"
                    + " created_at VARCHAR(32) NOT NULL, CONSTRAINT discount_code_unique UNIQUE (code, organization_id, livemode))");
            s.execute("CREATE INDEX IF NOT EXISTS discount_page ON discount (organization_id, livemode, created_at, id)");
            s.execute("CREATE TABLE IF NOT EXISTS discount_total (organization_id VARCHAR(64) NOT NULL, livemode BOOLEAN NOT NULL,"
                    + " slot SMALLINT NOT NULL, total BIGINT NOT NULL, PRIMARY KEY (organization_id, livemode, slot))");
        }
        return dataSource;
    }

    static DurableCommits durability(HikariDataSource dataSource) throws SQLException {
        DurableCommits commits = new DurableCommits(dataSource, JdbcClient.create(dataSource));
        commits.afterPropertiesSet();
        return commits;
    }

    /** One create as the server makes it; returns the new id once it may be acknowledged. */
    static String create(HikariDataSource dataSource, DurableCommits commits) throws SQLException {
        String id = newId();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                bindNewDiscount(insert, id);
                insert.executeUpdate();
            }
            int slot = ThreadLocalRandom.current().nextInt(16);
            if (addToSlot(c, slot) == 0) {
                try (PreparedStatement first = c.prepareStatement(
                        "INSERT INTO discount_total (organization_id, livemode, slot, total) VALUES (?, ?, ?, 1) ON CONFLICT DO NOTHING")) {
                    first.setString(1, ORG);
                    first.setBoolean(2, false);
                    first.setInt(3, slot);
                    if (first.executeUpdate() == 0) {
                        addToSlot(c, slot);
                    }
                }
            }
            c.commit();
            commits.awaitWritten(c);
        }
        return id;
    }

    private static final String INSERT =
            "INSERT INTO discount (id, organization_id, livemode, name, code, amount, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static String newId() {
        return "discount_" + UUID.randomUUID().toString().replace("-", "").substring(0, 21);
    }

    /** A discount of the bench's tenant with this id and a code made from it. */
    private static void bindNewDiscount(PreparedStatement insert, String id) throws SQLException {
        insert.setString(1, id);
        insert.setString(2, ORG);
        insert.setBoolean(3, false);
        insert.setString(4, "Bench");
        insert.setString(5, id.substring(9, 29).toUpperCase());
        insert.setLong(6, 10);
        insert.setString(7, Instant.now().toString());
    }

    private static int addToSlot(Connection c, int slot) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE discount_total SET total = total + 1 WHERE organization_id = ? AND livemode = ? AND slot = ?")) {
            update.setString(1, ORG);
            update.setBoolean(2, false);
            update.setInt(3, slot);
            return update.executeUpdate();
        }
    }

    interface Op {
        void run() throws Exception;
    }

    /** THREADS threads doing op for the given seconds; returns every op's latency in microseconds. */
    static long[] load(int seconds, Op op) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> perThread = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long[] samples = new long[400_000];
            perThread.add(samples);
            Thread thread = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end && n < samples.length - 1) {
                    long started = System.nanoTime();
                    try {
                        op.run();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        continue;
                    }
                    samples[++n] = (System.nanoTime() - started) / 1000;
                }
                samples[0] = n;
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " operations failed");
        }
        return perThread.stream().flatMapToLong(s -> Arrays.stream(s, 1, (int) s[0] + 1)).sorted().toArray();
    }

    static void run(String store, Path dir, int seconds) throws Exception {
        try (HikariDataSource dataSource = open(store, dir)) {
            DurableCommits commits = durability(dataSource);
            load(Math.max(3, seconds / 3), () -> create(dataSource, commits));
            long[] latencies = load(seconds, () -> create(dataSource, commits));
            double rate = latencies.length / (double) seconds;
            System.out.printf("creates_per_s=%.0f p50_ms=%.2f p99_ms=%.2f%n", rate,
                    latencies[latencies.length / 2] / 1000.0, latencies[(int) (latencies.length * 0.99)] / 1000.0);

            grow(dataSource);
            String middle;
            String middleAt;
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT id, created_at FROM discount WHERE organization_id = ? AND livemode = ? ORDER BY organization_id, livemode, created_at, id LIMIT 1 OFFSET ?")) {
                s.setString(1, ORG);
                s.setBoolean(2, false);
                s.setInt(3, SIZE / 2);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    middle = rs.getString(1);
                    middleAt = rs.getString(2);
                }
            }
            String order = " ORDER BY organization_id, livemode, created_at, id LIMIT 10";
            double first = timed(dataSource, "SELECT * FROM discount WHERE organization_id = ? AND livemode = ?" + order, ORG, false);
            double deep = timed(dataSource, "SELECT * FROM discount WHERE organization_id = ? AND livemode = ? AND (created_at, id) > (?, ?)" + order,
                    ORG, false, middleAt, middle);
            double get = timed(dataSource, "SELECT * FROM discount WHERE organization_id = ? AND livemode = ? AND id = ?", ORG, false, middle);
            System.out.printf("first_page_ms=%.3f deep_page_ms=%.3f get_ms=%.3f%n", first, deep, get);
        }
    }

    /** Adds discounts in batches until the tenant has SIZE. */
    static void grow(HikariDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int have;
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM discount")) {
                rs.next();
                have = rs.getInt(1);
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (int i = have; i < SIZE; i++) {
                    bindNewDiscount(insert, newId());
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
        }
    }

    /** The median of 51 sequential runs of a query, after 300 not counted, in ms. */
    static double timed(HikariDataSource dataSource, String sql, Object... params) throws SQLException {
        double[] samples = new double[51];
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            for (int i = -300; i < samples.length; i++) {
                long started = System.nanoTime();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getString("id");
                    }
                }
                if (i >= 0) {
                    samples[i] = (System.nanoTime() - started) / 1e6;
                }
            }
        }
        Arrays.sort(samples);
        return samples[samples.length / 2];
    }

    /** Creates until killed, writing each id to ACKS once it may be acknowledged (the file outlives kill -9). */
    static void crashChild(String store, Path dir, Path acks) throws Exception {
        HikariDataSource dataSource = open(store, dir);
        DurableCommits commits = durability(dataSource);
        var out = Files.newByteChannel(acks, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        System.out.println("ready");
        load(3600, () -> {
            String id = create(dataSource, commits);
            synchronized (out) {
                out.write(java.nio.ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.US_ASCII)));
            }
        });
    }

    /** Reopens the store after a kill and prints how many acknowledged creates it lost. */
    static void crashCheck(String store, Path dir, Path acks) throws IOException, SQLException {
        List<String> acknowledged = Files.readAllLines(acks).stream().filter(line -> line.length() == 30).toList();
        Set<String> stored = new HashSet<>();
        try (HikariDataSource dataSource = open(store, dir); Connection c = dataSource.getConnection();
             var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM discount")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        long lost = acknowledged.stream().filter(id -> !stored.contains(id)).count();
        System.out.printf("acknowledged=%d lost=%d%n", acknowledged.size(), lost);
    }
}
