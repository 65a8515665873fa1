package io.promocontracts.server.flex;

import com.github.f4b6a3.ulid.Ulid;

import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;

/** Flex's ids: a prefix and a lower-case ULID whose time part is the creation time. */
final class FlexIds {

    private static final int ULID_RANDOM_BYTES = 10;

    private FlexIds() {
    }

    /**
     * An id is no secret: its random part comes from ThreadLocalRandom, not from the ULID library's
     * default factory, which serializes all callers on one lock around SecureRandom.
     */
    static String newId(String prefix, OffsetDateTime createdAt) {
        byte[] randomness = new byte[ULID_RANDOM_BYTES];
        ThreadLocalRandom.current().nextBytes(randomness);
        return prefix + new Ulid(createdAt.toInstant().toEpochMilli(), randomness).toLowerCase();
    }
}
