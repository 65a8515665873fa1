package io.promocontracts.server.operations;

import io.promocontracts.server.pipeline.WithoutCaller;
import io.promocontracts.server.storage.DatabaseHealth;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code GET /health}: 200 while the database takes writes, 503 while it does not; for load
 * balancers and operators. It costs no write of its own while the server is busy ({@link DatabaseHealth}).
 */
@RestController
@WithoutCaller
public class HealthController {

    private final DatabaseHealth database;

    public HealthController(DatabaseHealth database) {
        this.database = database;
    }

    @GetMapping("/health")
    ResponseEntity<Map<String, String>> health() {
        if (database.writable()) {
            return ResponseEntity.ok(Map.of("status", "UP", "database", "writable"));
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .body(Map.of("status", "DOWN", "database", "not writable"));
    }
}
