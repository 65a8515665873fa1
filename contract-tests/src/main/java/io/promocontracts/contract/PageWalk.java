package io.promocontracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.specs.SpecOperation;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One walk through a list's pages, bounded so that it always ends: a server whose list ignores its
 * cursor, or hands the same one back, fails the case at once, with the request, instead of being
 * asked for ever; one that makes up new cursors without end fails after {@link #MAX_PAGES} pages. A
 * shared server may hold many of the tenant's objects before the ones a case looks for: the paging
 * case reads pages of two, so the bound is generous, and the run's time limit stands behind it.
 */
public final class PageWalk {

    /** The most pages one walk reads: {@code -Dverify.pages}, 1,000 by default. */
    static final int MAX_PAGES = Integer.getInteger("verify.pages", 1000);

    private final String list;
    private final Set<String> cursors = new HashSet<>();
    private int pages;

    public PageWalk(String list) {
        this.list = list;
    }

    /** Before asking for the page after {@code cursor} (null: the first page). */
    public void ask(String cursor) {
        assertThat(++pages).as("%s: still not done after %d pages", list, MAX_PAGES).isLessThanOrEqualTo(MAX_PAGES);
        assertThat(cursors.add(String.valueOf(cursor))).as("%s: the cursor %s came back: the list repeats a page", list, cursor).isTrue();
    }

    /** The cursor of the page after {@code page}, which says more follow: its last item's id, or the member the paging names. */
    public String cursor(Exchange page, SpecOperation.Paging paging, String idMember) {
        JsonNode items = page.body().path(paging.items());
        String next = paging.fromLastId()
                ? (items.isEmpty() ? "" : items.get(items.size() - 1).path(idMember).asText(""))
                : page.body().path(paging.from()).asText("");
        assertThat(next).as("%s: a page that says more follow names no next page: %s", list, page.describe()).isNotEmpty();
        return next;
    }
}
