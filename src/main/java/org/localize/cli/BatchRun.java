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

  /**
   * Runs one item with streams of its own. With {@code quiet}, the messages and output of an item
   * that succeeds are never shown ({@link #print}), so text given to {@link #later} is then never
   * worked out: a quiet batch of passing stories renders no report.
   */
  static Batch.Outcome capture(String item, boolean quiet, Job body) {
    Held err = new Held();
    Held out = new Held();
    int code;
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
    if (quiet && code == 0) {
      return new Batch.Outcome(item, code, "", "");
    }
    try {
      return new Batch.Outcome(item, code, err.text(), out.text());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) { // a report that could not be rendered
      return new Batch.Outcome(item, Math.max(code, LocalizeException.Kind.INPUT.exitCode()),
          "localize: " + item + ": " + Main.unexpected(e) + "\n", "");
    }
  }

  /**
   * Prints {@code text} to {@code stream}; to the stream of a batch item, only if the item's
   * messages are shown, and so worked out only then.
   */
  static void later(PrintStream stream, java.util.function.Supplier<String> text) {
    if (stream instanceof Held held) {
      held.later(text);
    } else {
      stream.print(text.get());
    }
  }

  /**
   * One batch item's standard output or error: what is printed, in order, with the texts given to
   * {@link #later} kept unrendered until {@link #text} (a rendered report is kept as a string, not
   * encoded and decoded again).
   */
  static final class Held extends PrintStream {
    private final ByteArrayOutputStream bytes;
    private final List<Object> parts = new java.util.ArrayList<>(); // String, or Supplier<String>

    Held() {
      this(new ByteArrayOutputStream());
    }

    private Held(ByteArrayOutputStream bytes) {
      super(bytes, true, StandardCharsets.UTF_8);
      this.bytes = bytes;
    }

    void later(java.util.function.Supplier<String> text) {
      cut();
      parts.add(text);
    }

    /** Everything printed, the later texts worked out in their places. */
    String text() {
      cut();
      StringBuilder all = new StringBuilder();
      for (Object p : parts) {
        all.append(p instanceof String s ? s : ((java.util.function.Supplier<?>) p).get());
      }
      return all.toString();
    }

    private void cut() {
      flush();
      if (bytes.size() > 0) {
        parts.add(bytes.toString(StandardCharsets.UTF_8));
        bytes.reset();
      }
    }
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
