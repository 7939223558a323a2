package org.localize.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.localize.batch.Batch;
import org.localize.diag.LocalizeException;
import org.localize.diag.Problem;

/**
 * The command-line side of a batch: runs the jobs with {@link Batch}, prints each item's messages
 * as it finishes (errors always, the rest unless --quiet), draws a progress bar on a terminal, and
 * ends with a summary line; returns the worst exit code.
 */
final class BatchRun {
  private BatchRun() {}

  /** Runs {@code body} with its own error stream; a LocalizeException becomes its messages and exit code. */
  interface Job {
    int run(PrintStream out, PrintStream err);
  }

  static Batch.Outcome capture(String item, Job body) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ByteArrayOutputStream outBuf = new ByteArrayOutputStream();
    int code;
    try (PrintStream err = new PrintStream(buf, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(outBuf, true, StandardCharsets.UTF_8)) {
      try {
        code = body.run(out, err);
      } catch (LocalizeException e) {
        for (Problem p : e.problems()) {
          err.println("localize: " + p);
        }
        code = e.kind().exitCode();
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        err.println("localize: " + item + ": " + Main.unexpected(e));
        code = LocalizeException.Kind.INPUT.exitCode();
      }
    }
    return new Batch.Outcome(item, code, buf.toString(StandardCharsets.UTF_8), outBuf.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs the batch; {@code one} and {@code many} name the items in the summary ("story",
   * "stories"), {@code verb} the command ("extract").
   */
  static <T> int run(Main main, String verb, String one, String many, List<T> items, Function<T, Batch.Outcome> job, boolean quiet) {
    Progress progress = Progress.forTerminal(main.err, quiet);
    long start = System.nanoTime();
    // Messages and reports come out in the order of the items, whatever order they finish in: an
    // item's are held until every item before it has been printed.
    Batch.Outcome[] held = new Batch.Outcome[items.size()];
    int[] next = {0};
    Batch.Result result = Batch.run(items, job, (index, o, finished, total) -> {
      held[index] = o;
      for (; next[0] < held.length && held[next[0]] != null; next[0]++) {
        print(main, held[next[0]], quiet, progress);
        held[next[0]] = null;
      }
      progress.show(finished, total);
    });
    progress.clear();
    double seconds = (System.nanoTime() - start) / 1e9;
    long failed = result.failed();
    if (!quiet || failed > 0) {
      main.err.printf(java.util.Locale.ROOT, "localize: %s: %s, %d ok, %d failed (exit %d), %.1f s%n",
          verb, Main.count(items.size(), one, many), items.size() - failed, failed, result.worstExitCode(), seconds);
    }
    main.err.flush();
    return result.worstExitCode();
  }

  private static void print(Main main, Batch.Outcome o, boolean quiet, Progress progress) {
    String msg = o.messages();
    if (!msg.isEmpty() && (o.exitCode() != 0 || !quiet)) {
      progress.clear();
      main.err.print(msg);
    }
    if (!o.output().isEmpty() && (o.exitCode() != 0 || !quiet)) {
      progress.clear();
      byte[] b = o.output().getBytes(StandardCharsets.UTF_8);
      main.out.write(b, 0, b.length);
      main.out.flush();
    }
  }

  /** A one-line progress bar on stderr, drawn with {@code \r}; silent unless stderr is a terminal. */
  static final class Progress {
    private final PrintStream err;
    private final boolean on;
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintStream err, boolean on) {
      this.err = err;
      this.on = on;
    }

    /**
     * On only for the real standard error when it is a terminal, and not with --quiet. Standard
     * error is what counts (where the bar is drawn): not {@code System.console()}, which speaks of
     * standard input and output, and so put the bar into logs of {@code 2>log} and dropped it under
     * {@code | less}.
     */
    static Progress forTerminal(PrintStream err, boolean quiet) {
      return new Progress(err, !quiet && err == System.err && stderrIsTerminal(System.getProperty("localize.stderr.tty"),
          System.getenv("TERM"), Path.of("/proc/self/fd/2")));
    }

    /**
     * Whether standard error is a terminal. bin/localize tells ({@code -Dlocalize.stderr.tty=1}
     * or {@code 0}, from the shell's {@code [ -t 2 ]}); run as {@code java -jar}, the JVM cannot
     * ask isatty(2), so on Linux the link {@code /proc/self/fd/2} says whether the stream is a
     * terminal device. Elsewhere, or with TERM=dumb: no bar.
     */
    static boolean stderrIsTerminal(String told, String term, Path fd2) {
      if ("dumb".equals(term)) {
        return false;
      }
      if (told != null) {
        return told.equals("1") || told.equals("true");
      }
      try {
        String device = java.nio.file.Files.readSymbolicLink(fd2).toString();
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
      } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }

    void show(int finished, int total) {
      if (!on) {
        return;
      }
      long now = System.nanoTime();
      if (finished < total && now - lastDraw < 100_000_000L) {
        return;
      }
      lastDraw = now;
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) finished * width / total);
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + finished + "/" + total);
      err.flush();
      drawn = true;
    }

    void clear() {
      if (on && drawn) {
        err.print("\r" + " ".repeat(50) + "\r");
        err.flush();
        drawn = false;
      }
    }
  }
}
