package io.promocontracts.contract.server;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Each failed case of the suite, its request and answer included (the assertion's message), as a
 * block in {@code failures.txt} of the report folder, so that {@code promo-verify} can print
 * every failure whole after the run, however a test report shortens them.
 */
final class FailureLog {

    private FailureLog() {
    }

    static Path file() {
        return Path.of(System.getProperty("contract.reportDir", "target/failsafe-reports"), "failures.txt");
    }

    /** The node with every test in it logging its failure before failing. */
    static DynamicNode recorded(DynamicNode node) {
        return recorded(node, node.getDisplayName());
    }

    private static DynamicNode recorded(DynamicNode node, String path) {
        if (node instanceof DynamicContainer container) {
            return DynamicContainer.dynamicContainer(container.getDisplayName(),
                    container.getChildren().map(child -> recorded(child, path + " > " + child.getDisplayName())));
        }
        DynamicTest test = (DynamicTest) node;
        return DynamicTest.dynamicTest(test.getDisplayName(), () -> {
            try {
                test.getExecutable().execute();
            } catch (Throwable failure) {
                log(path, failure);
                throw failure;
            }
        });
    }

    /** An assertion's message (it holds the request and the answer); anything else as its exception and causes. */
    private static String describe(Throwable failure) {
        if (failure instanceof AssertionError) {
            return failure.getMessage();
        }
        StringBuilder text = new StringBuilder(failure.toString());
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            text.append("\n  caused by ").append(cause);
        }
        return text.toString();
    }

    private static synchronized void log(String path, Throwable failure) {
        try {
            Files.createDirectories(file().getParent());
            Files.writeString(file(), "FAILED " + path + "\n" + describe(failure) + "\n\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
