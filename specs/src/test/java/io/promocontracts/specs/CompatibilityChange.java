package io.promocontracts.specs;

/**
 * One change a spec edit makes to its clients, with how much it matters: {@code BREAKING} (a client
 * that worked stops working), {@code WARNING} (an existing operation changed compatibly: worth a
 * reviewer's look) or {@code INFO} (something new). {@code ignoredBecause} is the reason from the
 * ignore file when the change was accepted on purpose, else null.
 */
record CompatibilityChange(Severity severity, String operation, String message, String ignoredBecause) {

    enum Severity { BREAKING, WARNING, INFO }

    boolean blocks() {
        return severity == Severity.BREAKING && ignoredBecause == null;
    }

    CompatibilityChange ignored(String reason) {
        return new CompatibilityChange(severity, operation, message, reason);
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase() + ": " + operation + ": " + message
                + (ignoredBecause == null ? "" : " (ignored: " + ignoredBecause + ")");
    }
}
