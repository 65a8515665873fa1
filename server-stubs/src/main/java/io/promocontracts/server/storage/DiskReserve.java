package io.promocontracts.server.storage;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps the embedded database from ever meeting a full disk. H2 answers a failed write by closing
 * its store for good (and a statement that races the close can spin forever), so a write
 * transaction is refused before it begins while the disk under the database file has less than
 * {@code promo.storage.disk-reserve} free: the request is answered 503, reads go on, and writes
 * resume by themselves once space is freed. PostgreSQL manages its own disk; nothing is checked then.
 */
@Component
public class DiskReserve implements InitializingBean {

    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String H2 = "jdbc:h2:";

    private final DataSource dataSource;
    private final long reserveBytes;
    private volatile FileStore store;
    private volatile Path directory;

    public DiskReserve(DataSource dataSource, @Value("${promo.storage.disk-reserve:16MB}") DataSize reserve) {
        this.dataSource = dataSource;
        this.reserveBytes = reserve.toBytes();
    }

    @Override
    public void afterPropertiesSet() throws SQLException, IOException {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        if (url.startsWith(H2) && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")) {
            String file = url.substring(url.startsWith(H2_FILE) ? H2_FILE.length() : H2.length()).split(";", 2)[0];
            directory = Path.of(file).toAbsolutePath().getParent();
            store = Files.getFileStore(directory);
        }
    }

    /** @throws DataAccessResourceFailureException when a write could fill the disk under the embedded database */
    public void check() {
        FileStore checked = store;
        if (checked == null) {
            return;
        }
        long free;
        try {
            free = checked.getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (free < reserveBytes) {
            throw new DataAccessResourceFailureException("the disk under " + directory + " has " + DataSize.ofBytes(free).toKilobytes()
                    + " KB free, less than the " + DataSize.ofBytes(reserveBytes).toKilobytes() + " KB kept in reserve");
        }
    }
}
