package io.promocontracts.server.auth;

import io.promocontracts.server.common.Sha256;
import io.promocontracts.testkit.DemoTenants;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo tenants are in one place, test-kit's {@code demo-tenants.yaml}: the seed data stores
 * exactly their keys (by digest, for their tenant and mode), and the README's "Demo keys" table
 * lists exactly them, saying which tenant the specs' examples belong to.
 */
class DemoTenantsTest {

    private static final Path SEED = Path.of("src/main/resources/db/demo/V100__demo_data.sql");
    private static final Path README = Path.of("../README.md");
    private static final Pattern SEEDED_KEY = Pattern.compile("\\('([0-9a-f]{64})', '([A-Z]+)', '([^']+)', (TRUE|FALSE)\\)");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (\\w+) \\| \\w+ `([^`]+)` \\| `([^`]+)` \\| `([^`]+)` \\| ([^|]*)\\|$",
            Pattern.MULTILINE);

    @Test
    void theSeedDataStoresExactlyTheDemoKeys() throws IOException {
        Set<String> seeded = new HashSet<>();
        Matcher key = SEEDED_KEY.matcher(Files.readString(SEED));
        while (key.find()) {
            seeded.add(key.group(1) + " " + key.group(2).toLowerCase(Locale.ROOT) + " " + key.group(3) + " " + key.group(4));
        }
        Set<String> listed = new HashSet<>();
        for (DemoTenants.Tenant tenant : DemoTenants.all()) {
            listed.add(digest(tenant.testKey()) + " " + tenant.api() + " " + tenant.tenant() + " FALSE");
            listed.add(digest(tenant.liveKey()) + " " + tenant.api() + " " + tenant.tenant() + " TRUE");
        }

        assertThat(seeded).isEqualTo(listed);
    }

    @Test
    void theReadmeListsExactlyTheDemoTenantsAndKeys() throws IOException {
        Set<String> rows = new HashSet<>();
        Matcher row = TABLE_ROW.matcher(Files.readString(README));
        while (row.find()) {
            rows.add(row.group(1).toLowerCase(Locale.ROOT) + " " + row.group(2) + " " + row.group(3) + " " + row.group(4)
                    + (row.group(5).isBlank() ? "" : " examples"));
        }
        Set<String> listed = new HashSet<>();
        DemoTenants.all().forEach(tenant -> listed.add(tenant.api() + " " + tenant.tenant() + " " + tenant.testKey() + " " + tenant.liveKey()
                + (tenant.examples() == null ? "" : " examples")));

        assertThat(rows).isEqualTo(listed);
    }

    private static String digest(String key) {
        return Sha256.hex(key.getBytes(StandardCharsets.UTF_8));
    }
}
