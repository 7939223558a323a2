package org.localize.check;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value built once, on first use, by whichever thread asks first: the thread that needs it, or a
 * background thread preparing it ahead of need ({@link Validator#prefetch}). A thread that asks
 * while another builds it waits for that result instead of building it again. A failure is kept
 * and thrown to every caller, as building it again would fail the same way.
 */
final class Once<T> {
  private final FutureTask<T> task;

  Once(Callable<T> build) {
    this.task = new FutureTask<>(build);
  }

  /** The value: built here unless another thread has started building it, in which case this waits. */
  T get() {
    task.run(); // does nothing when the task has already started or finished
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the value is on its way; wait for it and keep the interrupt for the caller
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Builds the value here unless some thread has started; never throws (the caller that needs it will). */
  void prefetch() {
    task.run();
  }

  boolean isDone() {
    return task.isDone();
  }
}
