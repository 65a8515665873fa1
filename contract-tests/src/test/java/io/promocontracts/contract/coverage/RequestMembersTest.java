package io.promocontracts.contract.coverage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The request members of the coverage report, from the round trips' logs of two databases. */
class RequestMembersTest {

    @Test
    void aMemberNotKeptOnOneDatabaseIsAProblemNamingOperationMemberAndDatabase(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("round-trip-h2.tsv"), """
                createPromoCode\t/promo_code/code\tkept
                createPromoCode\t/promo_code/expires_at\tmissing: the answer has no /promo_code/expires_at
                createDiscount\t/discount/pricingModelId (DiscountOnceCreate)\tdeclared not kept: no pricing models here
                """);
        Files.writeString(directory.resolve("round-trip-postgresql.tsv"), """
                createPromoCode\t/promo_code/code\tkept
                """);

        RequestMembers members = RequestMembers.read(directory);

        assertThat(members.databases()).containsExactly("h2", "postgresql");
        assertThat(members.problems()).containsExactly(
                "createPromoCode: request member /promo_code/expires_at on h2: missing: the answer has no /promo_code/expires_at");
        assertThat(members.markdown()).contains("| createPromoCode | `/promo_code/code` | kept | kept |",
                "| createDiscount | `/discount/pricingModelId (DiscountOnceCreate)` | declared not kept: no pricing models here |  |");
    }

    @Test
    void withoutRoundTripsThereIsNothingToReport(@TempDir Path directory) {
        RequestMembers members = RequestMembers.read(directory.resolve("absent"));

        assertThat(members.problems()).isEmpty();
        assertThat(members.markdown()).isEmpty();
    }
}
