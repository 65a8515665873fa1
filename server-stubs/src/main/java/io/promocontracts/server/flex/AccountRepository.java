package io.promocontracts.server.flex;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flex accounts: the tenants that own coupons and promo codes. */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertIfAbsent(String accountId, String name) {
        jdbc.sql("INSERT INTO flex_account (account_id, name) SELECT ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM flex_account WHERE account_id = ?)")
                .params(accountId, name, accountId)
                .update();
    }
}
