package uk.crs.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Processes cases in batches on several threads and writes the results strictly in input order, holding only a few
 * batches in memory at a time.
 */
final class OrderedPipeline implements CaseSource.Sink, AutoCloseable {

    private static final int BATCH = 512;

    private final CaseProcessor processor;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ExecutorService pool;
    private final int maxPending;
    private final Deque<Future<List<CaseProcessor.Result>>> pending = new ArrayDeque<>();
    private List<CaseSource.Entry> batch = new ArrayList<>(BATCH);
    private int invalid;

    OrderedPipeline(CaseProcessor processor, PrintWriter out, PrintWriter err, int threads) {
        this.processor = processor;
        this.out = out;
        this.err = err;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "crs-decide");
            t.setDaemon(true);
            return t;
        });
        this.maxPending = threads * 2;
    }

    @Override
    public boolean accept(CaseSource.Entry entry) {
        batch.add(entry);
        if (batch.size() == BATCH) {
            submit();
        }
        return true;
    }

    @Override
    public boolean silently(CaseSource.Entry entry) {
        // one multi-line document: decide it here, and let the source retry line by line if it is not JSON
        CaseProcessor.Result result = processor.process(entry);
        if (result.malformed()) {
            return false;
        }
        write(result);
        return true;
    }

    /** Writes everything still pending and answers how many cases were invalid. */
    int finish() {
        if (!batch.isEmpty()) {
            submit();
        }
        while (!pending.isEmpty()) {
            drainOne();
        }
        out.flush();
        err.flush();
        return invalid;
    }

    private void submit() {
        List<CaseSource.Entry> work = batch;
        batch = new ArrayList<>(BATCH);
        pending.add(pool.submit(() -> work.stream().map(processor::process).toList()));
        while (pending.size() > maxPending) {
            drainOne();
        }
    }

    private void drainOne() {
        try {
            for (CaseProcessor.Result r : pending.removeFirst().get()) {
                write(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("deciding a batch failed", e.getCause());
        }
    }

    private void write(CaseProcessor.Result r) {
        String decision = r.decision();
        if (decision != null) {
            out.write(decision);
        } else {
            invalid++;
            r.errors().forEach(err::println);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
