package io.promocontracts.testkit;

/**
 * The demo keys and tenants the tests use by name, read from {@code demo-tenants.yaml} ({@link DemoTenants}),
 * the one place that lists them.
 */
public final class DemoKeys {

    public static final String FLEX_ACME = "acct_acme";
    public static final String FLOWGLAD_ACME = "org_Qm3vTz8Kp1LxW7aRn2Yd5";
    public static final String FLOWGLAD_GLOBEX = "org_Zx8Wv2Lk5Jh7Gf3Ds1Qa9";

    public static final String FLEX_ACME_TEST = DemoTenants.of("flex", FLEX_ACME).testKey();
    public static final String FLEX_ACME_LIVE = DemoTenants.of("flex", FLEX_ACME).liveKey();
    public static final String FLEX_GLOBEX_TEST = DemoTenants.of("flex", "acct_globex").testKey();
    public static final String FLOWGLAD_ACME_TEST = DemoTenants.of("flowglad", FLOWGLAD_ACME).testKey();
    public static final String FLOWGLAD_ACME_LIVE = DemoTenants.of("flowglad", FLOWGLAD_ACME).liveKey();
    public static final String FLOWGLAD_GLOBEX_TEST = DemoTenants.of("flowglad", FLOWGLAD_GLOBEX).testKey();

    private DemoKeys() {
    }
}
