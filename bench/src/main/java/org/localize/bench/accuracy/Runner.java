package org.localize.bench.accuracy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs jobs (one document each) on a few threads with a time budget per job, so that neither a
 * crash nor a document that takes too long stops or hangs the run.
 *
 * <p>A job that throws is a crash: its exception is its outcome. A job whose thread has used more
 * than the budget of CPU time (or, on a machine too loaded to give it that, six times the budget of
 * wall time) is slow: it is interrupted and left behind on its daemon thread, its result is
 * discarded, and a new thread takes its place, so the run goes on at full width. Checks do not
 * look at interrupts, so an abandoned job usually runs to its end; its total time is recorded if it
 * ends before the run does. Budgets are on CPU time so that other work on a shared machine does not
 * make a document "slow".
 */
final class Runner {
  /** How one job ended: a value, a crash, or given up as slow. Seconds are the job's CPU and wall time. */
  record Outcome<T>(T value, Throwable crash, boolean slow, double cpu, double wall, Job<T> job) {
    /** For a slow job: its total wall time if it has ended since (the result still does not count), else -1. */
    double finishedAfter() {
      return job.doneWall;
    }
  }

  static final class Job<T> {
    final Callable<T> work;
    volatile Thread thread;
    volatile long startNanos;
    volatile boolean finished;
    volatile boolean abandoned;
    volatile double doneWall = -1;
    T value;
    Throwable crash;
    double cpu;
    double wall;

    Job(Callable<T> work) {
      this.work = work;
    }
  }

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  private final int threads;
  private final double budget;
  private final List<Job<?>> abandoned = new ArrayList<>();

  Runner(int threads, double budgetSeconds) {
    this.threads = Math.max(1, threads);
    this.budget = budgetSeconds;
    if (MX.isThreadCpuTimeSupported() && !MX.isThreadCpuTimeEnabled()) {
      MX.setThreadCpuTimeEnabled(true);
    }
  }

  /** Runs every job; the outcomes are in the order of {@code work}. */
  <T> List<Outcome<T>> run(List<Callable<T>> work) throws InterruptedException {
    List<Job<T>> jobs = new ArrayList<>();
    for (Callable<T> c : work) {
      jobs.add(new Job<>(c));
    }
    List<Outcome<T>> out = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      out.add(null);
    }
    List<Integer> running = new ArrayList<>();
    int next = 0;
    Object lock = this;
    while (next < jobs.size() || !running.isEmpty()) {
      synchronized (lock) {
        while (running.size() < threads && next < jobs.size()) {
          start(jobs.get(next), lock);
          running.add(next++);
        }
      }
      synchronized (lock) {
        lock.wait(50);
      }
      for (var it = running.iterator(); it.hasNext(); ) {
        int i = it.next();
        Job<T> j = jobs.get(i);
        if (j.finished) {
          out.set(i, new Outcome<>(j.value, j.crash, false, j.cpu, j.wall, j));
          it.remove();
          continue;
        }
        Thread t = j.thread;
        double cpu = cpuSeconds(t);
        double wall = (System.nanoTime() - j.startNanos) / 1e9;
        if (budget > 0 && (cpu > budget || wall > Math.max(6 * budget, 30))) {
          j.abandoned = true;
          t.interrupt();
          synchronized (abandoned) {
            abandoned.add(j);
          }
          out.set(i, new Outcome<>(null, null, true, cpu, wall, j));
          it.remove();
        }
      }
    }
    return out;
  }

  /** Jobs given up as slow whose threads are still running now. */
  int stillRunning() {
    synchronized (abandoned) {
      return (int) abandoned.stream().filter(j -> !j.finished).count();
    }
  }

  private static <T> void start(Job<T> j, Object lock) {
    Thread t = new Thread(() -> {
      long c0 = MX.isCurrentThreadCpuTimeSupported() ? MX.getCurrentThreadCpuTime() : 0;
      try {
        j.value = j.work.call();
      } catch (Throwable e) { // a crash of any kind is an outcome, not the end of the run
        j.crash = e;
      }
      j.cpu = MX.isCurrentThreadCpuTimeSupported() ? (MX.getCurrentThreadCpuTime() - c0) / 1e9 : 0;
      j.wall = (System.nanoTime() - j.startNanos) / 1e9;
      if (j.abandoned) {
        j.doneWall = j.wall;
      }
      j.finished = true;
      synchronized (lock) {
        lock.notifyAll();
      }
    }, "accuracy-job");
    t.setDaemon(true);
    j.thread = t;
    j.startNanos = System.nanoTime();
    t.start();
  }

  private static double cpuSeconds(Thread t) {
    if (!MX.isThreadCpuTimeSupported()) {
      return 0;
    }
    long ns = MX.getThreadCpuTime(t.getId());
    return ns < 0 ? 0 : ns / 1e9;
  }
}
