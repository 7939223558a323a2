package org.localize.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one job per item on a bounded pool (one thread per core), in one JVM: each item gives its own
 * {@link Outcome} (exit code and messages), a broken item does not stop the others, and the batch
 * ends with the worst exit code seen.
 */
public final class Batch {
  private Batch() {}

  /**
   * What one item gave: its exit code (0 ok, 1 refused, 2 usage, 3 input), its messages (for
   * standard error) and its output (for standard output, such as a report).
   */
  public record Outcome(String item, int exitCode, String messages, String output) {}

  /**
   * Told when an item is done, from the worker thread (calls are serialised): the item's place in
   * the list, what it gave, and how many are done.
   */
  public interface Listener {
    void done(int index, Outcome outcome, int finished, int total);
  }

  /** The outcomes in item order, and the worst exit code. */
  public record Result(List<Outcome> outcomes, int worstExitCode) {
    public long failed() {
      return outcomes.stream().filter(o -> o.exitCode() != 0).count();
    }
  }

  /** Threads for a batch: the cores, at most the items, at least one. */
  public static int threads(int items) {
    return Math.max(1, Math.min(items, Runtime.getRuntime().availableProcessors()));
  }

  public static <T> Result run(List<T> items, Function<T, Outcome> job, Listener listener) {
    int threads = threads(items.size());
    AtomicInteger finished = new AtomicInteger();
    Object lock = new Object();
    List<Outcome> outcomes = new ArrayList<>(items.size());
    if (threads == 1) {
      for (T item : items) {
        Outcome o = job.apply(item);
        listener.done(outcomes.size(), o, finished.incrementAndGet(), items.size());
        outcomes.add(o);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "localize-batch");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<Outcome>> futures = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
          T item = items.get(i);
          int index = i;
          futures.add(pool.submit(() -> {
            Outcome o = job.apply(item);
            synchronized (lock) {
              listener.done(index, o, finished.incrementAndGet(), items.size());
            }
            return o;
          }));
        }
        for (Future<Outcome> f : futures) {
          outcomes.add(f.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    int worst = 0;
    for (Outcome o : outcomes) {
      worst = Math.max(worst, o.exitCode());
    }
    return new Result(outcomes, worst);
  }
}
