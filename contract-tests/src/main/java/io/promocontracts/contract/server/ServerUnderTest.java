package io.promocontracts.contract.server;

import io.promocontracts.specs.ApiSpec;
import io.promocontracts.testkit.ApiWorld;
import io.promocontracts.testkit.DemoKeys;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server {@link ContractSuite} verifies, as {@link PromoVerify} names it: its URL
 * ({@code contract.server.url}), the name its round-trip record goes under ({@code contract.server.name}).
 * The keys of each API come from {@code FLEX_KEYS} and {@code FLOWGLAD_KEYS} (or the system
 * properties {@code flex.keys} and {@code flowglad.keys}): a test key of a tenant, a test key of
 * another tenant, a live key of the first, comma-separated; by default the README's demo keys.
 */
final class ServerUnderTest {

    /** Three keys of one API: the suite's caller, another tenant, and the caller's live mode. */
    record Keys(String test, String otherTenant, String live) {

        static Keys parse(String api, String text) {
            List<String> keys = List.of(text.split(",", -1)).stream().map(String::strip).toList();
            if (keys.size() != 3 || keys.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException(api.toUpperCase(Locale.ROOT) + "_KEYS takes three keys, comma-separated"
                        + " (a test key of a tenant, a test key of another tenant, a live key of the first): " + text);
            }
            return new Keys(keys.get(0), keys.get(1), keys.get(2));
        }
    }

    private static final Map<ApiWorld, Keys> DEMO_KEYS = Map.of(
            ApiWorld.FLEX, new Keys(DemoKeys.FLEX_ACME_TEST, DemoKeys.FLEX_GLOBEX_TEST, DemoKeys.FLEX_ACME_LIVE),
            ApiWorld.FLOWGLAD, new Keys(DemoKeys.FLOWGLAD_ACME_TEST, DemoKeys.FLOWGLAD_GLOBEX_TEST, DemoKeys.FLOWGLAD_ACME_LIVE));

    private final String url;
    private final String name;

    private ServerUnderTest(String url, String name) {
        this.url = url;
        this.name = name;
    }

    static ServerUnderTest fromSettings() {
        String url = System.getProperty("contract.server.url", "");
        if (url.isBlank()) {
            throw new IllegalStateException("no server to verify: contract.server.url is not set");
        }
        return new ServerUnderTest(url.replaceAll("/+$", ""), System.getProperty("contract.server.name", "running-server"));
    }

    /** What the round trip's record is named after: {@code running-server} unless told (the build's packaged server). */
    String name() {
        return name;
    }

    /** The URL an API's paths are appended to: {@code <API>_URL} (FLEX_URL, FLOWGLAD_URL) where set, else the server's. */
    String baseUrl(ApiWorld world) {
        String own = setting(world.name() + "_URL", world.apiName() + ".url");
        return own == null ? url : own.replaceAll("/+$", "");
    }

    Keys keys(ApiWorld world) {
        String text = setting(world.name() + "_KEYS", world.apiName() + ".keys");
        return text == null ? DEMO_KEYS.get(world) : Keys.parse(world.apiName(), text);
    }

    /** Whether an API is verified: each the specs have is, unless {@code APIS} (or {@code contract.apis}) names some. */
    static boolean verifies(ApiWorld world) {
        String apis = setting("APIS", "contract.apis");
        return ApiSpec.all().stream().anyMatch(spec -> spec.name().equals(world.apiName()))
                && (apis == null || List.of(apis.toLowerCase(Locale.ROOT).split("[,\\s]+")).contains(world.apiName()));
    }

    private static String setting(String environment, String property) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? null : value;
    }
}
