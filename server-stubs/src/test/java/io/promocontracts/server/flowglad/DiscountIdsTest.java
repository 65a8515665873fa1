package io.promocontracts.server.flowglad;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiscountIdsTest {

    private static OffsetDateTime at(long millis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    @Test
    void anIdHasFlowgladsFormat() {
        assertThat(DiscountIds.newId(OffsetDateTime.now(ZoneOffset.UTC))).matches("discount_[0-9A-Za-z]{21}");
    }

    /** What keeps a create's index writes at the end of the id index: later ids sort after earlier ones, also where a digit carries. */
    @Test
    void idsSortAsTheirCreationTimes() {
        long now = Instant.parse("2026-12-03T14:00:00Z").toEpochMilli();
        long[] times = {0, 1, 61, 62, 63, 62 * 62 - 1, 62 * 62, now, now + 1, now + 61, now + 62, now + 3_600_000};
        List<String> ids = new ArrayList<>();
        for (long time : times) {
            ids.add(DiscountIds.newId(at(time)));
        }
        assertThat(ids).isSorted();
    }

    @Test
    void theFirstCharactersAreTheCreationMillisecondInBase62() {
        String id = DiscountIds.newId(at(62L * 62 * 62 + 2 * 62 + 35));
        assertThat(id.substring(DiscountIds.PREFIX.length(), DiscountIds.PREFIX.length() + DiscountIds.TIME_LENGTH))
                .isEqualTo("000010" + "2Z");
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        OffsetDateTime sameMillisecond = at(Instant.parse("2026-12-03T14:00:00Z").toEpochMilli());
        HashSet<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(DiscountIds.newId(sameMillisecond));
        }
        assertThat(ids).hasSize(10_000);
    }
}
