package io.promocontracts.server.common;

import java.util.List;

/**
 * How much one page of a list may weigh. A page ends at {@code limit} objects or once its answer
 * would pass {@link #BYTES}, whichever comes first (it always shows one object, so that paging goes
 * on): what a page costs to build, hold and send stays bounded however large the objects a tenant
 * stored, and the heap is sized for it (the launcher). Clients page on "more follow" as before.
 */
public final class PageBudget {

    /** About what a page's answer holds at most, before its last object. */
    public static final int BYTES = 512 * 1024;

    private PageBudget() {
    }

    /**
     * Of the next objects, in page order, how many a page shows.
     *
     * @param variableBytes what varies in each object's answer (its metadata, say), in bytes
     * @param fixedBytes    what every object's answer has besides, at most
     * @param limit         the most objects the client asked for
     */
    public static int fitting(List<Integer> variableBytes, int fixedBytes, int limit) {
        long total = 0;
        int shown = 0;
        for (int bytes : variableBytes) {
            total += bytes + fixedBytes;
            if (shown == limit || shown > 0 && total > BYTES) {
                break;
            }
            shown++;
        }
        return shown;
    }
}
