package io.promocontracts.contract;

/** The provider under verification runs on its own fresh in-memory H2, migrated by the application itself. */
final class ProviderDatabase {

    static final String URL = "spring.datasource.url=jdbc:h2:mem:${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private ProviderDatabase() {
    }
}
