package io.promocontracts.server.common;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A value made on a thread of its own from the moment this is created, and waited for where it is
 * first needed: each API's spec checker is built while the rest of the server starts (the
 * database is migrated, Tomcat is made), not before it ({@link Apis} waits for it before the server
 * takes requests).
 */
public final class InBackground<T> implements Supplier<T> {

    private final CompletableFuture<T> value = new CompletableFuture<>();

    public InBackground(String name, Supplier<T> making) {
        Thread thread = new Thread(() -> {
            try {
                value.complete(making.get());
            } catch (RuntimeException | Error failure) {
                value.completeExceptionally(failure);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The value, once made; a failure to make it is thrown here, each time. */
    @Override
    public T get() {
        return value.join();
    }
}
