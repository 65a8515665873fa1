package io.promocontracts.server.web;

import io.promocontracts.server.storage.DatabaseHealth;
import io.promocontracts.server.storage.DatabaseOutage;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code GET /health}: 200 while the database takes writes, 503 while it does not; for load balancers and operators. */
@RestController
@WithoutCaller
public class HealthController {

    private final DatabaseHealth database;
    private final DatabaseOutage outage;

    public HealthController(DatabaseHealth database, DatabaseOutage outage) {
        this.database = database;
        this.outage = outage;
    }

    @GetMapping("/health")
    ResponseEntity<Map<String, String>> health() {
        try {
            database.probeWrite();
            return ResponseEntity.ok(Map.of("status", "UP", "database", "writable"));
        } catch (DataAccessException | TransactionException e) {
            outage.unavailable(e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                    .body(Map.of("status", "DOWN", "database", "not writable"));
        }
    }
}
