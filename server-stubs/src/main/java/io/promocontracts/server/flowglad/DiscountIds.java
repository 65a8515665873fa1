package io.promocontracts.server.flowglad;

import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Flowglad's discount ids: {@code discount_} and 21 characters of {@code [0-9A-Za-z]}, like
 * Flowglad's nanoid ids. The first {@value #TIME_LENGTH} characters are the creation millisecond in
 * base 62, in an alphabet that sorts as its digits do, so a new id lands at the end of the id index
 * instead of on a random page of it: a create then rewrites the same few index pages as the creates
 * beside it, and none has to read an old page back in, however many discounts are stored. The other
 * {@value #RANDOM_LENGTH} are random: 62^13 (about 2·10^23) ids per millisecond.
 */
final class DiscountIds {

    static final String PREFIX = "discount_";
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** 62^8 milliseconds: beyond the year 8000. */
    static final int TIME_LENGTH = 8;
    static final int RANDOM_LENGTH = 13;

    private DiscountIds() {
    }

    /** An id is no secret, so ThreadLocalRandom serves, without SecureRandom's lock shared by all requests. */
    static String newId(OffsetDateTime createdAt) {
        char[] id = new char[TIME_LENGTH + RANDOM_LENGTH];
        long millis = createdAt.toInstant().toEpochMilli();
        for (int i = TIME_LENGTH - 1; i >= 0; i--) {
            id[i] = ALPHABET.charAt((int) (millis % ALPHABET.length()));
            millis /= ALPHABET.length();
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = TIME_LENGTH; i < id.length; i++) {
            id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return PREFIX + new String(id);
    }
}
