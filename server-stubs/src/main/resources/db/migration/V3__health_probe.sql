-- The row the health check writes to find out whether the database takes writes.
CREATE TABLE health_probe (
    id         INTEGER PRIMARY KEY,
    checked_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
INSERT INTO health_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
