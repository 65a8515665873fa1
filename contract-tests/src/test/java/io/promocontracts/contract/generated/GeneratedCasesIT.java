package io.promocontracts.contract.generated;

import com.fasterxml.jackson.databind.JsonNode;
import io.promocontracts.contract.coverage.ContractSource;
import io.promocontracts.server.PromoContractsApplication;
import io.promocontracts.testkit.ApiWorld;
import io.promocontracts.testkit.TestData;
import io.promocontracts.testkit.TestDatabase;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The generated cases ({@link GeneratedCases}) against the application in-process on PostgreSQL,
 * its database counted after every case: nothing stored on a refusal, one object on a create,
 * which over HTTP alone cannot be seen. The same cases against the packaged server on its
 * embedded H2 are RunningServerIT's; this run is on PostgreSQL only (an in-process run on H2 would
 * check nothing more than the count, on the same database as the packaged server's).
 */
@SpringBootTest(classes = PromoContractsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedCasesIT implements CaseTarget {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerPostgresql(registry);
    }

    @TestFactory
    Stream<DynamicContainer> casesFromTheSchemas() {
        GeneratedCases cases = new GeneratedCases(this);
        return Stream.of(ApiWorld.values()).map(cases::of);
    }

    @Override
    public String baseUrl(ApiWorld world) {
        return "http://localhost:" + port;
    }

    @Override
    public String authorization(ApiWorld world) {
        return world.authorization;
    }

    @Override
    public Map<String, JsonNode> bindings(ApiWorld world) {
        return world.bindings;
    }

    @Override
    public OptionalLong stored() {
        return OptionalLong.of(new TestData(jdbc).storedObjects());
    }

    @Override
    public boolean claimsCodes() {
        return false;
    }

    @Override
    public String nextCode() {
        throw new UnsupportedOperationException("the in-process cases send the codes they generate");
    }

    @Override
    public ContractSource source() {
        return ContractSource.GENERATED_CASES;
    }

    @Override
    public String name() {
        return "postgresql";
    }
}
