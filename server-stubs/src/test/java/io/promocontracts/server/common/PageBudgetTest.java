package io.promocontracts.server.common;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageBudgetTest {

    @Test
    void smallObjectsFillThePageUpToItsLimit() {
        assertThat(PageBudget.fitting(Collections.nCopies(101, 100), 1000, 100)).isEqualTo(100);
        assertThat(PageBudget.fitting(Collections.nCopies(7, 100), 1000, 100)).isEqualTo(7);
        assertThat(PageBudget.fitting(List.of(), 1000, 100)).isZero();
    }

    @Test
    void largeObjectsEndThePageOnceItsAnswerWouldPassTheBudget() {
        int large = 50 * 1024;
        int shown = PageBudget.fitting(Collections.nCopies(101, large), 1000, 100);

        assertThat(shown).isEqualTo(PageBudget.BYTES / (large + 1000));
        assertThat((long) shown * (large + 1000)).isLessThanOrEqualTo(PageBudget.BYTES);
    }

    @Test
    void aPageShowsOneObjectHoweverLargeSoThatPagingGoesOn() {
        assertThat(PageBudget.fitting(List.of(10 * PageBudget.BYTES, 10), 1000, 100)).isEqualTo(1);
    }
}
