package io.promocontracts.specs;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.promocontracts.specs.CompatibilityChange.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A spec edit compared with the released spec twice: structurally by openapi-diff, and by
 * instances ({@link InstanceCompatibility}), which sees inside unions where a structural diff does
 * not. A backward-incompatible edit is accepted only together with a new major
 * {@code info.version}, the deliberate way to break clients.
 */
record Compatibility(ChangedOpenApi diff, List<CompatibilityChange> changes) {

    static Compatibility between(String released, String current) {
        return between(released, current, "", CompatibilityIgnores.none());
    }

    /** The edit {@code current} of the released document {@code file}, with the findings accepted in {@code ignores}. */
    static Compatibility between(String released, String current, String file, CompatibilityIgnores ignores) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        List<CompatibilityChange> changes = new ArrayList<>();
        InstanceCompatibility.between(released, current).forEach(finding -> changes.add(new CompatibilityChange(
                Severity.BREAKING, finding.operation(), finding.direction() + ": " + finding.violation() + " (witness "
                        + finding.witness() + ")", null)));
        diff.getMissingEndpoints().forEach(endpoint -> changes.add(new CompatibilityChange(Severity.BREAKING,
                endpoint.getMethod() + " " + endpoint.getPathUrl(), "the operation was removed", null)));
        // Between two OpenAPI versions (3.0 released, 3.1 edited) openapi-diff compares types of two
        // dialects and calls every nullable member changed: there it is a second opinion, and the
        // check by instances decides.
        boolean sameDialect = dialect(diff.getOldSpecOpenApi()).equals(dialect(diff.getNewSpecOpenApi()));
        diff.getChangedOperations().forEach(operation -> changes.add(new CompatibilityChange(
                operation.isIncompatible() && sameDialect ? Severity.BREAKING : Severity.WARNING,
                operation.getHttpMethod() + " " + operation.getPathUrl(),
                !operation.isIncompatible() ? "openapi-diff: changed compatibly"
                        : sameDialect ? "openapi-diff: incompatible change"
                        : "openapi-diff: incompatible across OpenAPI " + dialect(diff.getOldSpecOpenApi()) + " and "
                                + dialect(diff.getNewSpecOpenApi()) + " (a second opinion; the check by instances finds no break)",
                null)));
        diff.getNewEndpoints().forEach(endpoint -> changes.add(new CompatibilityChange(Severity.INFO,
                endpoint.getMethod() + " " + endpoint.getPathUrl(), "a new operation", null)));
        return new Compatibility(diff, changes.stream().map(change -> ignores.apply(file, change)).toList());
    }

    boolean isBreaking() {
        return changes.stream().anyMatch(CompatibilityChange::blocks);
    }

    /**
     * The changes as GitHub Actions workflow commands, each on the line of its operation's path in
     * the spec: {@code ::error} for a break, {@code ::warning}, {@code ::notice} for something new.
     */
    List<String> annotations(String specPath, String specText) {
        List<String> lines = List.of(specText.split("\n", -1));
        return changes.stream().map(change -> {
            String level = change.blocks() ? "error" : change.severity() == Severity.INFO ? "notice" : "warning";
            String path = change.operation().contains(" ") ? change.operation().split(" ")[1] : change.operation();
            int line = 1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals("  " + path + ":")) {
                    line = i + 1;
                    break;
                }
            }
            return "::" + level + " file=" + specPath + ",line=" + line + ",title=" + change.severity().name().toLowerCase()
                    + " change::" + escape(change.toString());
        }).toList();
    }

    private static String escape(String message) {
        return message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    boolean majorVersionRaised() {
        return major(diff.getNewSpecOpenApi().getInfo().getVersion()) > major(diff.getOldSpecOpenApi().getInfo().getVersion());
    }

    boolean isAcceptable() {
        return !isBreaking() || majorVersionRaised();
    }

    String verdict() {
        if (!isBreaking()) {
            return diff.isUnchanged() ? "unchanged" : "compatible";
        }
        return majorVersionRaised() ? "breaking, accepted by a new major version" : "BREAKING";
    }

    /** openapi-diff's Markdown report, under a line with the verdict. */
    String report(String title) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            MarkdownRender render = new MarkdownRender();
            render.setShowChangedMetadata(true);
            render.render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "# " + title + ": " + verdict() + "\n\n"
                + "Released " + diff.getOldSpecOpenApi().getInfo().getVersion()
                + ", current " + diff.getNewSpecOpenApi().getInfo().getVersion() + ".\n\n"
                + bytes.toString(StandardCharsets.UTF_8)
                + "\n#### Changes by severity\n---\n\n"
                + (changes.isEmpty() ? "None: every request the released spec accepts is still accepted, and every response the "
                        + "edited spec allows is accepted by the released one (examples and generated instances).\n"
                        : changes.stream().sorted(java.util.Comparator.comparing(CompatibilityChange::severity))
                                .map(change -> "* " + change).collect(Collectors.joining("\n")) + "\n");
    }

    /** {@code 3.0} or {@code 3.1}. */
    private static String dialect(io.swagger.v3.oas.models.OpenAPI api) {
        String version = api.getOpenapi() == null ? "" : api.getOpenapi();
        return version.length() >= 3 ? version.substring(0, 3) : version;
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }
}
