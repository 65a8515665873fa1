package io.promocontracts.contract.coverage;

/** Where a contract case comes from: the report has a column for each. */
public enum ContractSource {
    JAVA_PACTS("Java pacts"),
    TYPESCRIPT_PACTS("TypeScript pacts"),
    GENERATED_CASES("generated cases"),
    PROVIDER_VERIFICATION("provider verification"),
    RUNNING_SERVER("running server");

    private final String label;

    ContractSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
