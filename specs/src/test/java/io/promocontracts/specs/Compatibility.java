package io.promocontracts.specs;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A spec edit compared with the released spec twice: structurally by openapi-diff, and by
 * instances ({@link InstanceCompatibility}), which sees inside unions where a structural diff does
 * not. A backward-incompatible edit is accepted only together with a new major
 * {@code info.version}, the deliberate way to break clients.
 */
record Compatibility(ChangedOpenApi diff, List<InstanceCompatibility.Finding> findings) {

    static Compatibility between(String released, String current) {
        return new Compatibility(OpenApiCompare.fromContents(released, current), InstanceCompatibility.between(released, current));
    }

    boolean isBreaking() {
        return diff.isIncompatible() || !findings.isEmpty();
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
                + "\n#### Compatibility by instances\n---\n\n"
                + (findings.isEmpty()
                        ? "Every request the released spec accepts is still accepted, and every response the edited spec allows is "
                                + "accepted by the released one (examples and generated instances).\n"
                        : findings.stream().map(finding -> "* " + finding).collect(Collectors.joining("\n")) + "\n");
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }
}
