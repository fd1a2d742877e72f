package uk.crs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    private final Deque<Future<Batch>> pending = new ArrayDeque<>();
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
        StringWriter decision = new StringWriter();
        CaseProcessor.Result result = processor.process(entry, decision);
        if (result.malformed()) {
            return false;
        }
        write(new Batch(decision.toString(), result.errors(), result.decided() ? 0 : 1));
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
        pending.add(pool.submit(() -> Batch.of(work, processor)));
        while (pending.size() > maxPending) {
            drainOne();
        }
    }

    private void drainOne() {
        try {
            write(pending.removeFirst().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("deciding a batch failed", e.getCause());
        }
    }

    private void write(Batch batch) {
        out.write(batch.decisions());
        batch.errors().forEach(err::println);
        invalid += batch.invalid();
    }

    /** A batch's decision lines as one string (fewer copies than one string per case), and its errors in order. */
    private record Batch(String decisions, List<String> errors, int invalid) {
        static Batch of(List<CaseSource.Entry> entries, CaseProcessor processor) {
            StringWriter decisions = new StringWriter(entries.size() * 4096);
            List<String> errors = new ArrayList<>();
            int invalid = 0;
            for (CaseSource.Entry entry : entries) {
                CaseProcessor.Result r = processor.process(entry, decisions);
                if (!r.decided()) {
                    invalid++;
                    errors.addAll(r.errors());
                }
            }
            return new Batch(decisions.toString(), errors, invalid);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
