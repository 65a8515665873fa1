package io.promocontracts.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The demo tenants of the embedded database, as {@code demo-tenants.yaml} lists them: the one place
 * the seed data, the tests, the client checks and the README's table are held to.
 */
public final class DemoTenants {

    /**
     * One tenant of an API: its id, its keys, what a create's body names of its own (by JSON
     * pointer), and, for the tenant the specs' examples belong to, how an example's mode shows.
     */
    public record Tenant(String api, String tenant, String testKey, String liveKey, Map<String, JsonNode> names,
                         ExampleMode examples) {

        public Tenant {
            names = Map.copyOf(names);
        }

        public String key(boolean live) {
            return live ? liveKey : testKey;
        }

        /** The key an example's object is seen with: the one of its mode. */
        public String keyFor(JsonNode exampleObject) {
            return key(examples.live(exampleObject));
        }
    }

    /** An object is of the live mode when its member {@code mode} is {@code live}: Flex's {@code test_mode: false}. */
    public record ExampleMode(String mode, boolean live) {

        public boolean live(JsonNode object) {
            return object.path(mode).isBoolean() && object.get(mode).asBoolean() == live;
        }
    }

    private static final List<Tenant> ALL = read();

    private DemoTenants() {
    }

    public static List<Tenant> all() {
        return ALL;
    }

    /** The tenant of this API that the specs' examples belong to. */
    public static Tenant ofExamples(String api) {
        return ALL.stream().filter(each -> each.api().equals(api) && each.examples() != null).findFirst()
                .orElseThrow(() -> new NoSuchElementException("demo-tenants.yaml names no tenant of " + api + " for the examples"));
    }

    /** The tenant of this API with this id. */
    public static Tenant of(String api, String tenant) {
        return ALL.stream().filter(each -> each.api().equals(api) && each.tenant().equals(tenant)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("demo-tenants.yaml has no tenant " + tenant + " of " + api));
    }

    private static List<Tenant> read() {
        try (InputStream in = Objects.requireNonNull(DemoTenants.class.getClassLoader().getResourceAsStream("demo-tenants.yaml"))) {
            List<Tenant> tenants = new ArrayList<>();
            new ObjectMapper(new YAMLFactory()).readTree(in).fields().forEachRemaining(api -> api.getValue().forEach(tenant -> {
                Map<String, JsonNode> names = new LinkedHashMap<>();
                tenant.path("names").fields().forEachRemaining(name -> names.put(name.getKey(), name.getValue()));
                JsonNode examples = tenant.path("examples");
                tenants.add(new Tenant(api.getKey(), tenant.path("tenant").asText(), tenant.path("test").asText(),
                        tenant.path("live").asText(), names,
                        examples.isObject() ? new ExampleMode(examples.path("mode").asText(), examples.path("live").asBoolean()) : null));
            }));
            return List.copyOf(tenants);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
