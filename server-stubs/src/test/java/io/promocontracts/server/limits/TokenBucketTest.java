package io.promocontracts.server.limits;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aBurstIsTakenAtOnceThenTheRateRefillsIt() {
        TokenBucket bucket = new TokenBucket(10, 3, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).as("the burst is spent: a tenth of a second until the next token").isEqualTo(SECOND / 10);
        assertThat(bucket.take(SECOND / 10)).isZero();
        assertThat(bucket.take(SECOND / 10)).isPositive();
    }

    @Test
    void aQuietBucketFillsUpToItsBurstAndNoFurther() {
        TokenBucket bucket = new TokenBucket(100, 2, 0);
        bucket.take(0);
        bucket.take(0);

        long later = 60 * SECOND;
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isPositive();
    }
}
