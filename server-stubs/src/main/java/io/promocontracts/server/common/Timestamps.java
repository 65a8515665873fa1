package io.promocontracts.server.common;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The current instant at the precision both APIs publish and both databases keep: microseconds, UTC. */
@Component
public class Timestamps {

    private final Clock clock = Clock.systemUTC();

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
