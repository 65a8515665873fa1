package io.promocontracts.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageWalkTest {

    @Test
    void aCursorThatComesBackEndsTheWalk() {
        PageWalk walk = new PageWalk("listPromoCodes");
        walk.ask(null);
        walk.ask("fpc_1");

        assertThatThrownBy(() -> walk.ask("fpc_1")).hasMessageContaining("the cursor fpc_1 came back");
    }

    @Test
    void aListThatNeverEndsIsLeftAfterItsLastAllowedPage() {
        PageWalk walk = new PageWalk("listDiscounts");
        for (int page = 0; page < PageWalk.MAX_PAGES; page++) {
            walk.ask(page == 0 ? null : "cursor" + page);
        }

        assertThatThrownBy(() -> walk.ask("one more")).hasMessageContaining("still not done after " + PageWalk.MAX_PAGES + " pages");
    }
}
