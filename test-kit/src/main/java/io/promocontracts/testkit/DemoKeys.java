package io.promocontracts.testkit;

/** The demo keys the embedded database is seeded with (db/demo); the README lists them too. */
public final class DemoKeys {

    public static final String FLEX_ACME_TEST = "fsk_test_acme_4f8a2c61d9b7e350";
    public static final String FLEX_ACME_LIVE = "fsk_acme_live_7c3e91b2a6d45f08";
    public static final String FLEX_GLOBEX_TEST = "fsk_test_globex_2b6d8e14c0a9f735";
    public static final String FLOWGLAD_ACME_TEST = "sk_test_acme_5d2b9f47e1c3a860";
    public static final String FLOWGLAD_ACME_LIVE = "sk_live_acme_3a7e0c95d4b1f628";
    public static final String FLOWGLAD_GLOBEX_TEST = "sk_test_globex_8c4f1a62e9d5b037";

    public static final String FLEX_ACME = "acct_acme";
    public static final String FLOWGLAD_ACME = "org_Qm3vTz8Kp1LxW7aRn2Yd5";
    public static final String FLOWGLAD_GLOBEX = "org_Zx8Wv2Lk5Jh7Gf3Ds1Qa9";

    private DemoKeys() {
    }
}
