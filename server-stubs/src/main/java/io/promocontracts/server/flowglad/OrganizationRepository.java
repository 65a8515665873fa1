package io.promocontracts.server.flowglad;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flowglad organizations: the tenants that own discounts. */
@Repository
public class OrganizationRepository {

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertIfAbsent(String organizationId, String name) {
        jdbc.sql("INSERT INTO flowglad_organization (organization_id, name) SELECT ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM flowglad_organization WHERE organization_id = ?)")
                .params(organizationId, name, organizationId)
                .update();
    }
}
