package uk.crs.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * The embedded server, starting on a thread of its own while {@code crs serve} starts the web application on the main
 * thread. Starting the server is mostly waiting (for {@code pg_ctl} and the server's own start-up), and the web
 * application needs the store only when it first creates its connection pool, well into its own start: done one after
 * the other, the two waits added up. Whoever needs the server {@linkplain #await() waits} for it; {@link #close} waits
 * for a start still in progress, then stops the server, so that a failed or stopped {@code serve} never leaves it
 * running.
 */
public final class EmbeddedStoreStart implements AutoCloseable {

    private final CompletableFuture<Ready> server;

    private EmbeddedStoreStart(CompletableFuture<Ready> server) {
        this.server = server;
    }

    /** The running server and when it became ready (for the log: how the start's two halves overlapped). */
    public record Ready(EmbeddedPostgres server, Instant at) {}

    /**
     * Begins owning and starting the server in {@code layout}, as {@link EmbeddedPostgres#own} does; {@code clock}
     * stamps when it became ready.
     */
    public static EmbeddedStoreStart begin(EmbeddedPostgres.Layout layout, Duration ownerWait, Clock clock) {
        CompletableFuture<Ready> server = new CompletableFuture<>();
        Thread starting = new Thread(
                () -> {
                    try {
                        EmbeddedPostgres started = EmbeddedPostgres.own(layout, ownerWait);
                        server.complete(new Ready(started, clock.instant()));
                    } catch (Throwable e) {
                        server.completeExceptionally(e);
                    }
                },
                "crs-store-start");
        starting.start();
        return new EmbeddedStoreStart(server);
    }

    /**
     * The running server, once it has started.
     *
     * @throws EmbeddedStoreException if it could not be started, saying why
     */
    public Ready await() {
        try {
            return server.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new EmbeddedStoreException("cannot start the embedded case store (" + e.getMessage() + ")", e);
        }
    }

    /** Why the server could not be started, once the start has ended; empty if it is running. */
    public Optional<EmbeddedStoreException> failure() {
        try {
            server.join();
            return Optional.empty();
        } catch (CompletionException e) {
            return Optional.of(
                    e.getCause() instanceof EmbeddedStoreException failure
                            ? failure
                            : new EmbeddedStoreException(
                                    "cannot start the embedded case store (" + describe(e.getCause()) + ")",
                                    e.getCause()));
        }
    }

    /** Stops the server once its start has ended, if it started. */
    @Override
    public void close() {
        if (failure().isEmpty()) {
            server.join().server().close();
        }
    }

    private static String describe(@Nullable Throwable cause) {
        if (cause == null) {
            return "no reason given";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
